"""Upload safety: what a file is, decided from its content, never from its name.

``validate_upload`` guards every way a file reaches the library (the admin's upload forms
through ``library.forms.LibraryDocumentForm``, and the members' submission form). It sniffs
the content with a few small checks of magic bytes and structure (no libmagic), accepts PDF,
office documents (OOXML and OpenDocument), plain text and images, and refuses everything else
with a message that says what the file is and what to do instead. Files are served as
attachments with ``nosniff`` as well (see ``cms/settings/base.py``), so what passes here is
never rendered by the browser on the site's own origin.
"""

import codecs
import re
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
TEXT = "text/plain"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"

# A zip is an office document or an archive: its entries tell which.
ZIP = "application/zip"
# What the sniffing finds that is never accepted.
EXECUTABLE = "application/x-executable"
SCRIPT = "text/x-script"
HTML = "text/html"
SVG = "image/svg+xml"
ARCHIVE = "application/x-archive"
ARCHIVE_WITH_PROGRAM = "application/x-archive-with-program"
LEGACY_OFFICE = "application/x-ole-storage"
ZIP_BOMB = "application/x-zip-bomb"
DAMAGED = "application/x-damaged"
UNKNOWN = "application/octet-stream"

# extension -> (what the content must be, the MIME type the file is stored and served as)
EXTENSIONS = {
    "pdf": (PDF, PDF),
    "docx": (DOCX, DOCX),
    "xlsx": (XLSX, XLSX),
    "pptx": (PPTX, PPTX),
    "odt": (ODT, ODT),
    "ods": (ODS, ODS),
    "odp": (ODP, ODP),
    "txt": (TEXT, "text/plain"),
    "csv": (TEXT, "text/csv"),
    "md": (TEXT, "text/markdown"),
    "png": (PNG, PNG),
    "jpg": (JPEG, JPEG),
    "jpeg": (JPEG, JPEG),
    "gif": (GIF, GIF),
    "webp": (WEBP, WEBP),
}

ALLOWED_KINDS = {kind for kind, _content_type in EXTENSIONS.values()}

# How each kind is named in a message: "its content is <label>".
LABELS = {
    PDF: _("a PDF document"),
    DOCX: _("a Word document (DOCX)"),
    XLSX: _("an Excel spreadsheet (XLSX)"),
    PPTX: _("a PowerPoint presentation (PPTX)"),
    ODT: _("an OpenDocument text (ODT)"),
    ODS: _("an OpenDocument spreadsheet (ODS)"),
    ODP: _("an OpenDocument presentation (ODP)"),
    TEXT: _("plain text"),
    PNG: _("a PNG image"),
    JPEG: _("a JPEG image"),
    GIF: _("a GIF image"),
    WEBP: _("a WebP image"),
}

WHAT_CAN_BE_UPLOADED = _(
    "only documents, spreadsheets, presentations, text and images can be uploaded."
)

REJECTIONS = {
    EXECUTABLE: _("This file is an executable program; %(allowed)s"),
    SCRIPT: _("This file is a script (a program); %(allowed)s"),
    HTML: _(
        "This file is a web page (HTML), which could run code in the visitor's browser; "
        "save it as PDF and upload that instead."
    ),
    SVG: _(
        "This file is an SVG image, which can contain code that runs in the visitor's "
        "browser; upload it as PNG or PDF instead."
    ),
    ARCHIVE_WITH_PROGRAM: _(
        "This archive contains a program or script (%(name)s). Archives cannot be uploaded; "
        "upload each document on its own."
    ),
    ARCHIVE: _(
        "This file is an archive (ZIP, 7z, RAR, TAR or similar). Archives cannot be "
        "uploaded; upload each document on its own."
    ),
    LEGACY_OFFICE: _(
        "Old Microsoft Office files (.doc, .xls, .ppt) cannot be uploaded because they can "
        "carry macros; save the file as DOCX, XLSX, PPTX or PDF and upload that."
    ),
    ZIP_BOMB: _(
        "This file unpacks to more than %(unpacked_limit)s of data, far more than any "
        "document; it cannot be uploaded."
    ),
    DAMAGED: _(
        "This file is damaged and cannot be read; check that it opens on your computer "
        "and upload it again."
    ),
    UNKNOWN: _("This file is not a document, spreadsheet, presentation, text or image."),
}

# Names inside an archive that make it a carrier of programs.
PROGRAM_SUFFIXES = {
    # Windows programs and installers
    *(".exe", ".dll", ".com", ".msi", ".scr"),
    # scripts
    *(".bat", ".cmd", ".js", ".vbs", ".ps1", ".sh", ".jar"),
}

HEAD_SIZE = 8192
CHUNK_SIZE = 1024 * 1024
# Markup near the start that makes a "text" file something a browser would run.
HTML_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|script|iframe)[\s>/]", re.IGNORECASE)
SVG_MARKUP = re.compile(r"<svg[\s>/]", re.IGNORECASE)
# Control characters never found in text (tab, newlines and form feed are).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# A zip that unpacks to more than this many times the upload limit is a zip bomb, not a
# document: the extraction task would run out of memory on it.
MAX_UNPACKED_RATIO = 10


def validate_upload(uploaded_file):
    """Check an uploaded file and return the MIME type it is stored and served as.

    Raises ``ValidationError`` with a message in the visitor's language when the file is
    empty, too large, of a kind that is not accepted, or when its content contradicts the
    extension of its name. Leaves the file at its start.
    """
    if not uploaded_file.size:
        raise ValidationError(_("This file is empty."), code="empty")
    limit = settings.LIBRARY_MAX_UPLOAD_BYTES
    if uploaded_file.size > limit:
        raise ValidationError(
            _("This file is too large (%(size)s); files up to %(limit)s can be uploaded."),
            code="too_large",
            params={"size": filesizeformat(uploaded_file.size), "limit": filesizeformat(limit)},
        )
    kind, detail = sniff(uploaded_file)
    if kind not in ALLOWED_KINDS:
        raise ValidationError(
            REJECTIONS[kind],
            code="not_allowed",
            params={
                "allowed": WHAT_CAN_BE_UPLOADED,
                "name": detail,
                "unpacked_limit": filesizeformat(MAX_UNPACKED_RATIO * limit),
            },
        )
    extension = PurePath(uploaded_file.name).suffix.lower().lstrip(".")
    if extension not in EXTENSIONS:
        raise ValidationError(
            _("“%(name)s” does not end in an extension that can be uploaded (%(extensions)s)."),
            code="extension",
            params={
                "name": PurePath(uploaded_file.name).name,
                "extensions": ", ".join(f".{name}" for name in EXTENSIONS),
            },
        )
    expected_kind, content_type = EXTENSIONS[extension]
    if kind != expected_kind:
        raise ValidationError(
            _(
                "This file's name ends in .%(extension)s, but its content is %(found)s. "
                "Rename the file to match what it is, or upload the right file."
            ),
            code="extension_mismatch",
            params={"extension": extension, "found": LABELS[kind]},
        )
    return content_type


def detect_content_type(file, name):
    """The MIME type to store and serve a file as, without judging it.

    For documents made in code (seed data, factories) that never went through a form: the
    sniffed kind, refined by the extension for text (CSV, Markdown).
    """
    kind, _detail = sniff(file)
    if kind not in ALLOWED_KINDS:
        return UNKNOWN
    extension = PurePath(name).suffix.lower().lstrip(".")
    expected_kind, content_type = EXTENSIONS.get(extension, (None, None))
    return content_type if expected_kind == kind else kind


def sniff(file):
    """What a file's content is: ``(kind, detail)``; the detail names a program in an archive.

    Reads from the start of ``file`` and leaves it there.
    """
    file.seek(0)
    head = file.read(HEAD_SIZE)
    file.seek(0)
    try:
        return _sniff(file, head)
    finally:
        file.seek(0)


def _sniff(file, head):
    kind = _sniff_program(head) or _sniff_binary(head)
    if kind in {PNG, JPEG, GIF, WEBP}:
        return _verified_image(file, kind), ""
    if kind == ZIP:
        return _sniff_zip(file)
    if kind:
        return kind, ""
    if b"\0" in head:
        return UNKNOWN, ""
    return _sniff_text(file), ""


def _sniff_program(head):
    if head.startswith(b"MZ") and b"\0" in head[:64]:  # DOS and Windows (PE) executables
        return EXECUTABLE
    if head.startswith(
        (
            b"\x7fELF",  # Linux
            b"\xfe\xed\xfa\xce",  # Mach-O, 32 and 64 bit, both byte orders
            b"\xfe\xed\xfa\xcf",
            b"\xce\xfa\xed\xfe",
            b"\xcf\xfa\xed\xfe",
            b"\xca\xfe\xba\xbe",  # universal Mach-O, and Java classes
        )
    ):
        return EXECUTABLE
    if head.startswith(b"#!"):
        return SCRIPT
    return None


def _sniff_binary(head):
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ZIP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return LEGACY_OFFICE
    if (
        head.startswith(
            (
                b"7z\xbc\xaf\x27\x1c",
                b"Rar!\x1a\x07",
                b"\x1f\x8b",  # gzip
                b"BZh",
                b"\xfd7zXZ\x00",
                b"\x28\xb5\x2f\xfd",  # zstd
            )
        )
        or head[257:262] == b"ustar"
    ):
        return ARCHIVE
    return None


def _verified_image(file, kind):
    try:
        with Image.open(file) as image:
            image.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return DAMAGED
    return kind


def _sniff_zip(file):
    """OOXML and OpenDocument files are zips; any other zip is an archive."""
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            names = [entry.filename for entry in entries]
            programs = [name for name in names if PurePath(name).suffix.lower() in PROGRAM_SUFFIXES]
            if programs:
                return ARCHIVE_WITH_PROGRAM, programs[0]
            unpacked = sum(entry.file_size for entry in entries)
            if unpacked > MAX_UNPACKED_RATIO * settings.LIBRARY_MAX_UPLOAD_BYTES:
                return ZIP_BOMB, ""
            # OpenDocument: an entry "mimetype" (the first, by the standard) holds the type.
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype in {ODT, ODS, ODP}:
                    return mimetype, ""
                return UNKNOWN, ""
            if "[Content_Types].xml" in names:
                return _ooxml_kind(names), ""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        return DAMAGED, ""
    return ARCHIVE, ""


def _ooxml_kind(names):
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if "ppt/presentation.xml" in names:
        return PPTX
    return UNKNOWN


def _sniff_text(file):
    """Plain text in UTF-8 or Windows-1250 (Polish Windows), unless it is markup."""
    text_start = None
    for encoding in ("utf-8-sig", "cp1250"):
        text_start = _decoded_start(file, encoding)
        if text_start is not None:
            break
    if text_start is None:
        return UNKNOWN
    start = text_start[:1024]
    if SVG_MARKUP.search(start):
        return SVG
    if HTML_MARKUP.search(start):
        return HTML
    return TEXT


def _decoded_start(file, encoding):
    """The first characters of the file if all of it decodes as text, else None."""
    file.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)()
    start = ""
    try:
        while chunk := file.read(CHUNK_SIZE):
            text = decoder.decode(chunk)
            if CONTROL_CHARACTERS.search(text):
                return None
            start = start or text
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return start
