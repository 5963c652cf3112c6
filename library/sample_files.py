"""Real small files of every kind the library reads, made in code for tests, seed and benchmarks.

PDFs are written by fpdf2 with DejaVu Sans (Debian's ``fonts-dejavu-core``), the font that
has the Polish and Ukrainian letters; the others by the same libraries that read them.
"""

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
from fpdf import FPDF
from odf import table as odf_table
from odf import text as odf_text
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from PIL import Image

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def pdf_bytes(pages, user_password=None):
    """A PDF with one page per string of ``pages``; locked when a password is given."""
    pdf = FPDF()
    pdf.add_font("DejaVuSans", fname=str(FONT))
    pdf.set_font("DejaVuSans", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 7, text)
    if user_password:
        pdf.set_encryption(owner_password=user_password * 2, user_password=user_password)
    return bytes(pdf.output())


def docx_bytes(paragraphs, table_rows=()):
    """A Word document with the paragraphs and, when given, a table of the rows."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_rows:
        table = document.add_table(rows=0, cols=len(table_rows[0]))
        for row in table_rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
    return _saved(document)


def odt_bytes(paragraphs):
    """An OpenDocument text with the paragraphs."""
    document = OpenDocumentText()
    for paragraph in paragraphs:
        document.text.addElement(odf_text.P(text=paragraph))
    return _saved(document)


def xlsx_bytes(sheets):
    """An Excel workbook: ``sheets`` maps each sheet's name to its rows."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    return _saved(workbook)


def ods_bytes(rows, sheet_name="Arkusz1"):
    """An OpenDocument spreadsheet of one sheet with the rows (text cells)."""
    document = OpenDocumentSpreadsheet()
    sheet = odf_table.Table(name=sheet_name)
    for row in rows:
        table_row = odf_table.TableRow()
        for value in row:
            cell = odf_table.TableCell(valuetype="string")
            cell.addElement(odf_text.P(text=str(value)))
            table_row.addElement(cell)
        sheet.addElement(table_row)
    document.spreadsheet.addElement(sheet)
    return _saved(document)


def image_bytes(image_format="PNG", size=(40, 20), colour=(200, 30, 60)):
    """A small image of one colour, in the format Pillow names (PNG, JPEG, GIF, WEBP)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=image_format)
    return buffer.getvalue()


def zip_bytes(files):
    """A plain zip archive: ``files`` maps names to contents."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _saved(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
