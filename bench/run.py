"""Latency and query counts of the home page, a section's listing and one of its pages.

For each site size (news: 10 and 500 items by default; library: 50 and 5,000; directory:
100 and 10,000 organisations; events: 100 and 1,000, a third of them regular meetings) this
builds a fresh database, serves it with gunicorn under production settings, and requests
each page many times from one client on loopback.
Reports median and p95 latency (median of several runs) and the SQL queries per page, which
must not grow with the number of items. The directory section measures its listing (plain
and filtered), the coverage map (page and CSV), a profile and the JSON API; the events
section its listing (plain and filtered), a month, ``feed.ics``, an event and the JSON API.

    make bench                         # SQLite, or PostgreSQL when .services/env is loaded
    .venv/bin/python bench/run.py --requests 300 --runs 5
    .venv/bin/python bench/run.py --section library
    .venv/bin/python bench/run.py --section directory --requests 50
    .venv/bin/python bench/run.py --section events
"""

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PORT = int(os.environ.get("BENCH_PORT", "8765"))


def bench_database_url(section, size):
    """A database of its own for each size: never the development or test database."""
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith("postgres"):
        url = urllib.parse.urlsplit(base)
        name = f"razem_bench_{section}_{size}"
        admin = url._replace(path="/postgres").geturl()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return url._replace(path=f"/{name}").geturl()
    path = RESULTS / f"bench-{section}-{size}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def environment(database_url):
    env = {k: v for k, v in os.environ.items() if k not in {"ELASTICSEARCH_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(RESULTS / "static"),
        MEDIA_ROOT=str(RESULTS / "media"),
        PYTHONPATH=str(ROOT),
    )
    return env


def get(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
    return (time.perf_counter() - start) * 1000


def wait_until_up(base, server):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited before answering")
        try:
            get(f"{base}/healthz")
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer within 60 s")


def measure(base, paths, requests, runs):
    figures = {}
    for path in paths:
        for _ in range(20):
            get(base + path)
        medians, p95s = [], []
        for _ in range(runs):
            samples = sorted(get(base + path) for _ in range(requests))
            medians.append(statistics.median(samples))
            p95s.append(samples[int(len(samples) * 0.95) - 1])
        figures[path] = {
            "median_ms": round(statistics.median(medians), 2),
            "p95_ms": round(statistics.median(p95s), 2),
        }
    return figures


def bench_size(section, size, requests, runs):
    env = environment(bench_database_url(section, size))
    prepared = subprocess.run(
        [sys.executable, "bench/prepare.py", str(size), section],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if prepared.returncode:
        raise SystemExit(f"preparing the site failed:\n{prepared.stderr[-3000:]}")
    info = json.loads(prepared.stdout.strip().splitlines()[-1])
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{PORT}"
    try:
        wait_until_up(base, server)
        latency = measure(base, info["paths"], requests, runs)
    finally:
        server.terminate()
        server.wait(timeout=30)
    labels = info.get("labels") or dict(
        zip(info["paths"], ["home", "listing", "item page"], strict=True)
    )
    return {
        labels[path]: {"queries": info["queries"][path], **latency[path]} for path in info["paths"]
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--section", choices=["news", "library", "directory", "events"], default="news"
    )
    parser.add_argument("--sizes", type=int, nargs="+")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    database = (
        "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    )
    args.sizes = (
        args.sizes
        or {
            "news": [10, 500],
            "library": [50, 5000],
            "directory": [100, 10000],
            "events": [100, 1000],
        }[args.section]
    )
    results = {
        size: bench_size(args.section, size, args.requests, args.runs) for size in args.sizes
    }

    print(f"\n{database}, gunicorn 2 workers, {args.requests} requests x {args.runs} runs per page")
    header = f"{args.section + ' items':>17}  {'page':<16} {'queries':>7}"
    print(f"{header} {'median ms':>10} {'p95 ms':>8}")
    for size, pages in results.items():
        for label, row in pages.items():
            print(
                f"{size:>17}  {label:<16} {row['queries']:>7} "
                f"{row['median_ms']:>10} {row['p95_ms']:>8}"
            )
    out = RESULTS / f"bench-{args.section}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"database": database, "results": results}, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    shutil.rmtree(RESULTS / "static", ignore_errors=True)
    growing = [
        label
        for label in results[args.sizes[0]]
        if len({results[size][label]["queries"] for size in args.sizes}) > 1
    ]
    if growing:
        raise SystemExit(f"queries grow with the number of items on: {', '.join(growing)}")


if __name__ == "__main__":
    main()
