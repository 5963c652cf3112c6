"""The text of an uploaded file, so that search finds documents by what they say.

``extract`` sniffs the file's type from its content (``library.validation.sniff``) and hands
it to the reader of that type: pypdf for PDF, python-docx for DOCX, odfpy for ODT and ODS,
openpyxl for XLSX, a decoder for plain text. It raises whatever the reader raises on a
damaged or protected file; ``library.tasks`` records that on the document.
"""

import codecs
from dataclasses import dataclass

import docx
import openpyxl
from odf import teletype
from odf import text as odf_text
from odf.opendocument import load as load_odf
from pypdf import PdfReader

from library import validation

# The search index needs the words of a file, not all of them: a 50 MB spreadsheet can hold
# hundreds of megabytes of cell text. One million characters (about 400 pages of prose) is
# far more than any guide or report, and keeps a database row and an index entry sane.
MAX_TEXT_CHARS = 1_000_000

TEXT_ENCODINGS = ("utf-8-sig", "cp1250")  # cp1250: text files saved on Polish Windows


class ExtractionError(Exception):
    """A file that can be read by its type's reader but gives no text (e.g. a locked PDF)."""


@dataclass(frozen=True)
class Extracted:
    """The text of a file (at most MAX_TEXT_CHARS) and its number of pages, if it has pages."""

    text: str
    page_count: int | None = None


def extract(file):
    """The text of ``file``, or None when its type has no text to extract (images, slides)."""
    kind, _detail = validation.sniff(file)
    reader = READERS.get(kind)
    if reader is None:
        return None
    extracted = reader(file)
    return Extracted(extracted.text[:MAX_TEXT_CHARS], extracted.page_count)


class _TextCollector:
    """Joins pieces of text until MAX_TEXT_CHARS is reached, so huge files stop early."""

    def __init__(self):
        self.pieces = []
        self.length = 0

    @property
    def full(self):
        return self.length >= MAX_TEXT_CHARS

    def add(self, piece):
        if piece and not self.full:
            self.pieces.append(piece)
            self.length += len(piece) + 1

    @property
    def text(self):
        return "\n".join(self.pieces)


def extract_pdf(file):
    reader = PdfReader(file)
    # Many PDFs are "encrypted" only against editing, with an empty password to open them.
    if reader.is_encrypted and not reader.decrypt(""):
        raise ExtractionError("The PDF is protected by a password.")
    collector = _TextCollector()
    for page in reader.pages:
        if collector.full:
            break
        collector.add(page.extract_text())
    return Extracted(collector.text, len(reader.pages))


def extract_docx(file):
    document = docx.Document(file)
    collector = _TextCollector()
    for paragraph in document.paragraphs:
        collector.add(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            collector.add("\t".join(cell.text for cell in row.cells))
    return Extracted(collector.text)


def extract_odf(file):
    """ODT and ODS alike: every paragraph and heading, table cells included."""
    document = load_odf(file)
    collector = _TextCollector()
    for element_type in (odf_text.H, odf_text.P):
        for element in document.getElementsByType(element_type):
            collector.add(teletype.extractText(element))
    return Extracted(collector.text)


def extract_xlsx(file):
    workbook = openpyxl.load_workbook(file, read_only=True, data_only=True)
    collector = _TextCollector()
    try:
        for sheet in workbook.worksheets:
            collector.add(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                if collector.full:
                    break
                collector.add("\t".join(str(value) for value in row if value is not None))
    finally:
        workbook.close()
    return Extracted(collector.text)


def extract_text(file):
    file.seek(0)
    data = file.read(MAX_TEXT_CHARS * 4)  # UTF-8 needs at most four bytes a character
    for encoding in TEXT_ENCODINGS:
        try:
            # Incremental: a character cut in two at the end of `data` is left out, not an error.
            return Extracted(codecs.getincrementaldecoder(encoding)().decode(data))
        except UnicodeDecodeError:
            continue
    raise ExtractionError("The text is neither UTF-8 nor Windows-1250.")


READERS = {
    validation.PDF: extract_pdf,
    validation.DOCX: extract_docx,
    validation.ODT: extract_odf,
    validation.ODS: extract_odf,
    validation.XLSX: extract_xlsx,
    validation.TEXT: extract_text,
}
