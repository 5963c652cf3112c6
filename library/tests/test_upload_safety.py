"""Upload safety: files are judged by their content, and refused ones never become documents."""

import html
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from library import sample_files
from library.models import LibraryDocument
from library.validation import validate_upload

EXECUTABLE = (
    "This file is an executable program; only documents, spreadsheets, presentations, text "
    "and images can be uploaded."
)
ARCHIVE = "This file is an archive (ZIP, 7z, RAR, TAR or similar). Archives cannot be uploaded"

WINDOWS_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE"
LINUX_ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
OLE2_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def refusal(upload, admin_client, name, content):
    """The page shown after uploading a file that must be refused, as text."""
    response = upload(admin_client, name, content)
    assert response.status_code == 200
    assert LibraryDocument.objects.count() == 0
    return html.unescape(response.content.decode())


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("strona.html", b"<!DOCTYPE html><html><body><h1>Pomoc</h1></body></html>"),
        ("poradnik.txt", b"\n  <html><script>alert(document.cookie)</script></html>"),
        ("poradnik.md", b"# Tytu\xc5\x82\n<script src='https://example.org/x.js'></script>"),
    ],
)
def test_html_is_refused_even_under_a_text_name(admin_client, upload, name, content):
    page = refusal(upload, admin_client, name, content)
    assert "This file is a web page (HTML), which could run code" in page


def test_svg_is_refused(admin_client, upload):
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'
    page = refusal(upload, admin_client, "logo.svg", svg)
    assert "This file is an SVG image, which can contain code" in page


@pytest.mark.parametrize(
    ("name", "content"),
    [("raport.pdf", WINDOWS_EXE), ("program.exe", WINDOWS_EXE), ("raport.pdf", LINUX_ELF)],
)
def test_executables_are_refused_whatever_their_name(admin_client, upload, name, content):
    assert EXECUTABLE in refusal(upload, admin_client, name, content)


def test_a_shell_script_is_refused_under_a_text_name(admin_client, upload):
    page = refusal(upload, admin_client, "instrukcja.txt", b"#!/bin/sh\ncurl example.org | sh\n")
    assert "This file is a script (a program)" in page


def test_a_zip_carrying_a_program_is_refused_naming_it(admin_client, upload):
    archive = sample_files.zip_bytes(
        {"poradnik.pdf": sample_files.pdf_bytes(["Poradnik"]), "narzedzia/setup.exe": b"MZ"}
    )
    page = refusal(upload, admin_client, "materialy.zip", archive)
    assert "This archive contains a program or script (narzedzia/setup.exe)" in page


def test_a_zip_of_documents_is_refused_as_archives_are_not_accepted(admin_client, upload):
    archive = sample_files.zip_bytes({"poradnik.pdf": sample_files.pdf_bytes(["Poradnik"])})
    assert ARCHIVE in refusal(upload, admin_client, "materialy.zip", archive)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("archiwum.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 24),
        ("archiwum.rar", b"Rar!\x1a\x07\x01\x00" + b"\x00" * 24),
        ("raport.pdf", b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + b"\x00" * 24),
        ("archiwum.tar", b"poradnik.txt".ljust(257, b"\x00") + b"ustar\x0000" + b"\x00" * 243),
    ],
)
def test_other_archives_are_refused(admin_client, upload, name, content):
    assert ARCHIVE in refusal(upload, admin_client, name, content)


def test_a_png_named_pdf_is_refused_as_its_content_contradicts_its_name(admin_client, upload):
    page = refusal(upload, admin_client, "raport.pdf", sample_files.image_bytes())
    assert "This file's name ends in .pdf, but its content is a PNG image." in page


def test_a_pdf_named_docx_is_refused_as_its_content_contradicts_its_name(admin_client, upload):
    page = refusal(upload, admin_client, "raport.docx", sample_files.pdf_bytes(["Raport"]))
    assert "This file's name ends in .docx, but its content is a PDF document." in page


def test_text_under_a_name_that_cannot_be_uploaded_is_refused(admin_client, upload):
    page = refusal(upload, admin_client, "skrypt.js", b"console.log('pomoc')\n")
    assert "“skrypt.js” does not end in an extension that can be uploaded (.pdf, .docx" in page


def test_old_office_files_are_refused_with_advice(admin_client, upload):
    page = refusal(upload, admin_client, "raport.doc", OLE2_HEADER)
    assert "Old Microsoft Office files (.doc, .xls, .ppt) cannot be uploaded" in page


def test_a_damaged_image_is_refused(admin_client, upload):
    damaged = sample_files.image_bytes()[:30]
    page = refusal(upload, admin_client, "plakat.png", damaged)
    assert "This file is damaged and cannot be read" in page


def test_an_empty_file_is_refused(admin_client, upload):
    # Django's file field refuses it before the library's checks run.
    assert "The submitted file is empty." in refusal(upload, admin_client, "pusty.pdf", b"")


def test_a_file_over_the_limit_is_refused(admin_client, upload, settings):
    settings.LIBRARY_MAX_UPLOAD_BYTES = 1000
    page = refusal(upload, admin_client, "duzy.txt", b"pomoc " * 400)
    assert "This file is too large (2.3\xa0KB); files up to 1000\xa0bytes can be uploaded." in page


def test_a_document_that_unpacks_to_far_more_than_the_limit_is_refused(
    admin_client, upload, settings
):
    settings.LIBRARY_MAX_UPLOAD_BYTES = 10_000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", " " * 200_000)
    page = refusal(upload, admin_client, "bomba.docx", buffer.getvalue())
    assert "This file unpacks to more than 97.7\xa0KB of data" in page


def test_the_multiple_uploader_refuses_the_same_files(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("raport.pdf", WINDOWS_EXE)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    result = response.json()
    assert result["success"] is False
    assert EXECUTABLE in result["error_message"]
    assert LibraryDocument.objects.count() == 0


def test_replacing_a_file_with_an_unsafe_one_is_refused_and_keeps_the_old_file(
    admin_client, upload, guide_pdf
):
    upload(admin_client, "poradnik.pdf", guide_pdf)
    document = LibraryDocument.objects.get()

    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": document.title,
            "file": SimpleUploadedFile("poradnik.pdf", LINUX_ELF),
            "collection": document.collection_id,
        },
    )

    assert EXECUTABLE in html.unescape(response.content.decode())
    document.refresh_from_db()
    assert document.file.read() == guide_pdf


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("raport.pdf", b"%PDF-1.7\n", "application/pdf"),
        ("dane.csv", "miasto;liczba\nPrzemyśl;5\n".encode("cp1250"), "text/csv"),
        ("notatki.md", "# Notatki\n\nДопомога".encode(), "text/markdown"),
        ("zdjecie.jpg", sample_files.image_bytes("JPEG"), "image/jpeg"),
        ("ikona.webp", sample_files.image_bytes("WEBP"), "image/webp"),
        ("animacja.gif", sample_files.image_bytes("GIF"), "image/gif"),
    ],
)
def test_the_submission_form_check_returns_the_type_found_in_the_content(
    name, content, content_type
):
    assert validate_upload(SimpleUploadedFile(name, content)) == content_type
