"""Text extraction throughput: pages per second of ``library.extraction.extract`` on PDFs.

Generates N real PDFs of several pages with fpdf2 (Polish and Ukrainian prose in DejaVu
Sans, as library materials are), then times ``extract()`` over all of them several times
and reports the median run as pages per second. Needs no database.

    .venv/bin/python bench/extraction.py                 # 20 PDFs x 10 pages, 5 runs
    .venv/bin/python bench/extraction.py --files 50 --pages 20 --runs 7
"""

import argparse
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from library import sample_files  # noqa: E402
from library.extraction import extract  # noqa: E402

POLISH = (
    "Fundacja prowadzi punkt informacyjny dla uchodźców z Ukrainy: pomoc prawna, "
    "zakwaterowanie, nauka języka polskiego i wsparcie w szukaniu pracy. "
)
UKRAINIAN = (
    "Фонд веде інформаційний пункт для біженців з України: правова допомога, житло, "
    "вивчення польської мови та підтримка в пошуку роботи. "
)


def make_pdfs(files, pages):
    """``files`` PDFs of ``pages`` pages each, every page about 2,000 characters long."""
    return [
        sample_files.pdf_bytes(
            [
                f"Materiał {number}, strona {page}.\n" + (POLISH + UKRAINIAN) * 8
                for page in range(pages)
            ]
        )
        for number in range(files)
    ]


def time_run(pdfs):
    start = time.perf_counter()
    page_count = 0
    for pdf in pdfs:
        page_count += extract(io.BytesIO(pdf)).page_count
    return page_count, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    pdfs = make_pdfs(args.files, args.pages)
    time_run(pdfs[:2])  # warm-up: imports, font caches
    durations = []
    for _ in range(args.runs):
        page_count, seconds = time_run(pdfs)
        durations.append(seconds)
    median = statistics.median(durations)
    result = {
        "files": args.files,
        "pages": page_count,
        "runs": args.runs,
        "median_seconds": round(median, 3),
        "pages_per_second": round(page_count / median, 1),
        "megabytes": round(sum(len(pdf) for pdf in pdfs) / 1e6, 2),
    }
    print(json.dumps(result))
    print(f"extraction: {result['pages_per_second']} pages/s (median of {args.runs} runs)")


if __name__ == "__main__":
    main()
