"""CSV exports of the admin's reports, in one shape: a dated attachment Excel reads right."""

import csv

from django.http import HttpResponse
from django.utils import timezone


def csv_download(name, header, rows):
    """An attachment ``<name>-YYYY-MM-DD.csv`` of ``header`` and ``rows``, in UTF-8 with a
    byte order mark so that Excel reads Polish and Cyrillic letters."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"{name}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response
