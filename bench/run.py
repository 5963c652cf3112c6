"""Latency and query counts of the home page, a section's listing and one of its pages.

For each site size (news: 10 and 500 items by default; library: 50 and 5,000; directory:
100 and 10,000 organisations; events: 100 and 1,000, a third of them regular meetings) this
builds a fresh database, serves it with gunicorn under production settings, and requests
each page many times from one client on loopback.
Reports median and p95 latency (median of several runs) and the SQL queries per page, which
must not grow with the number of items. The directory section measures its listing (plain
and filtered), the coverage map (page and CSV), a profile and the JSON API; the events
section its listing (plain and filtered), a month, ``feed.ics``, an event and the JSON API.

The search section (10,000 and 100,000 documents by default) generates a corpus of news,
library items with their files' text, organisations and events in three languages
(``manage.py generate_corpus``) in PostgreSQL, times ``update_index`` into the search engine
(``ELASTICSEARCH_URL``) and into Wagtail's database backend on the same PostgreSQL, and
serves the site once with each backend. It reports documents indexed per second, and the
median and p95 latency of the search page, of the JSON API (``/api/search/``, when the
site has it) and of its suggestions (each query's first word as typed, four letters or more)
over the 200 queries of ``bench/search_queries.json`` (Polish, Ukrainian and English:
inflected words, phrases, words typed without diacritics), side by side. Targets: p95 of the
API under 50 ms at 100,000 documents, suggestions within 100 ms. With ``--reuse`` the corpus
and the indexes a previous ``--reuse`` run left are kept (not generated nor timed again), to
measure latency after a change to searching alone.

    make bench                         # SQLite, or PostgreSQL when .services/env is loaded
    .venv/bin/python bench/run.py --requests 300 --runs 5
    .venv/bin/python bench/run.py --section library
    .venv/bin/python bench/run.py --section directory --requests 50
    .venv/bin/python bench/run.py --section events
    . .services/env && .venv/bin/python bench/run.py --section search --sizes 10000 --runs 3
    . .services/env && .venv/bin/python bench/run.py --section search --reuse
    . .services/env && .venv/bin/python bench/run.py --section newsletter

The newsletter section (2,000 and 20,000 subscribers by default) composes a digest of 20
items and sends it through the locmem mail backend (``bench/send_digest.py``), and reports the
time of composing, queueing and sending and the peak memory (tracemalloc, which slows the
run down) while sending: it must stay flat as the number of subscribers grows.
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
SEARCH_QUERIES = ROOT / "bench" / "search_queries.json"
SEARCH_API_TARGET_MS = 50  # p95 of the JSON API at 100,000 documents (issue 7)


def bench_database_url(section, size, reuse=False):
    """A database of its own for each size: never the development or test database. Made
    afresh, unless ``reuse`` and a previous run left it (PostgreSQL only)."""
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith("postgres"):
        url = urllib.parse.urlsplit(base)
        name = f"razem_bench_{section}_{size}"
        admin = url._replace(path="/postgres").geturl()
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not (reuse and exists):
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


@contextlib.contextmanager
def serve(env):
    """gunicorn with two workers on ``env``'s site; yields its base URL."""
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
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def prepare(env, section, size):
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
    return json.loads(prepared.stdout.strip().splitlines()[-1])


def bench_size(section, size, requests, runs):
    env = environment(bench_database_url(section, size))
    info = prepare(env, section, size)
    with serve(env) as base:
        latency = measure(base, info["paths"], requests, runs)
    labels = info.get("labels") or dict(
        zip(info["paths"], ["home", "listing", "item page"], strict=True)
    )
    return {
        labels[path]: {"queries": info["queries"][path], **latency[path]} for path in info["paths"]
    }


# Search ------------------------------------------------------------------------------------


def search_paths(queries):
    """The search page and the JSON API of each query, in the query's language."""
    return {
        "page": [f"/{q['lang']}/search/?{urllib.parse.urlencode({'q': q['q']})}" for q in queries],
        "api": [
            f"/api/search/?{urllib.parse.urlencode({'q': q['q'], 'lang': q['lang']})}"
            for q in queries
        ],
        # As typed: the first word's first four letters at least.
        "suggest": [
            "/api/search/suggest/?"
            + urllib.parse.urlencode(
                {"q": q["q"].split()[0][: max(4, len(q["q"].split()[0]) - 2)], "lang": q["lang"]}
            )
            for q in queries
        ],
    }


def has_results(endpoint, body):
    """Whether an answer lists anything: a result card on the page, results in the JSON."""
    if endpoint == "page":
        return b'<li class="card' in body
    data = json.loads(body)
    return bool(data.get("count") or data.get("results") or data.get("suggestions"))


def api_exists(base):
    try:
        get(f"{base}/api/search/?q=test&lang=pl")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return False
        raise
    return True


def ask(url):
    """Latency in ms, status and body of one request; error answers are answers too."""
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    return (time.perf_counter() - start) * 1000, status, body


def measure_queries(base, endpoint, paths, runs):
    """Median and p95 latency over all the queries (each asked once per run; the median of
    the runs' figures), how many queries found something and how many failed (an answer
    other than 200: they are reported, not hidden, and the run goes on)."""
    found, failed = 0, []
    for path in paths:  # the warm-up pass, also counting what the queries found
        _ms, status, body = ask(base + path)
        if status != 200:
            failed.append(f"{status} {urllib.parse.unquote(path)}")
        else:
            found += has_results(endpoint, body)
    medians, p95s = [], []
    for _ in range(runs):
        samples = sorted(ask(base + path)[0] for path in paths)
        medians.append(statistics.median(samples))
        p95s.append(samples[int(len(samples) * 0.95) - 1])
    return {
        "median_ms": round(statistics.median(medians), 2),
        "p95_ms": round(statistics.median(p95s), 2),
        "queries_with_results": found,
        "failed": len(failed),
        "failed_examples": failed[:5],
    }


def update_index(env):
    """Time ``manage.py update_index`` into ``env``'s search backend (only that one: with an
    engine, the settings keep the database backend beside it as a fallback)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "manage.py", "update_index", "--backend", "default"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"update_index failed:\n{done.stderr[-3000:]}")
    documents = sum(int(n) for n in re.findall(r"indexed (\d+) objects", done.stdout))
    return {
        "documents": documents,
        "seconds": round(seconds, 1),
        "documents_per_second": round(documents / seconds),
    }


def drop_engine_indexes(url, prefix):
    """The bench's own indexes, so that they do not hold the shared engine's memory."""
    with urllib.request.urlopen(f"{url}/_cat/indices/{prefix}*?format=json", timeout=30) as r:
        names = [row["index"] for row in json.loads(r.read())]
    for name in names:
        request = urllib.request.Request(f"{url}/{name}", method="DELETE")
        urllib.request.urlopen(request, timeout=30).close()


def indexed(env):
    """Whether ``env``'s search backend already holds an index of the pages: the engine's
    alias, or the database backend's entries."""
    if env.get("ELASTICSEARCH_URL"):
        alias = f"{env['ELASTICSEARCH_URL']}/{env['SEARCH_INDEX']}_wagtailcore_page"
        try:
            urllib.request.urlopen(urllib.request.Request(alias, method="HEAD"), timeout=30)
        except urllib.error.HTTPError:
            return False
        return True
    with psycopg.connect(env["DATABASE_URL"]) as conn:
        return bool(
            conn.execute("SELECT EXISTS (SELECT 1 FROM wagtailsearch_indexentry)").fetchone()[0]
        )


def bench_search_size(size, runs, queries, reuse=False, measured=("engine", "database")):
    """One corpus of ``size`` items in PostgreSQL, indexed and served by each backend.
    ``reuse``: the corpus and the indexes a previous ``--reuse`` run left, where they exist
    (their generation and indexing are then not timed again)."""
    env = environment(bench_database_url("search", size, reuse))
    generated = None
    if not (reuse and has_corpus(env)):
        generated = prepare(env, "search", size)["generated"]
    else:  # what prepare does besides generating: the run's end removes the static files
        manage(env, "collectstatic", "--noinput")
    backends = {}
    engine_url = os.environ.get("ELASTICSEARCH_URL", "")
    prefix = f"razem_bench_search_{size}"
    if engine_url and "engine" in measured:
        engine = os.environ.get("SEARCH_ENGINE", "elasticsearch")
        backends[engine] = {**env, "ELASTICSEARCH_URL": engine_url, "SEARCH_INDEX": prefix}
    elif not engine_url:
        print("ELASTICSEARCH_URL is not set: measuring the database backend only")
    if "database" in measured or not engine_url:
        backends["database"] = env
    paths = search_paths(queries)
    results = {}
    try:
        for name, backend_env in backends.items():
            reused = reuse and generated is None and indexed(backend_env)
            row = {"indexing": None if reused else update_index(backend_env)}
            with serve(backend_env) as base:
                endpoints = ["page", "api", "suggest"] if api_exists(base) else ["page"]
                for endpoint in endpoints:
                    row[endpoint] = measure_queries(base, endpoint, paths[endpoint], runs)
            results[name] = row
    finally:
        if engine_url and not reuse:
            drop_engine_indexes(engine_url, f"{prefix}_")
    return {"generated": generated, "backends": results}


def manage(env, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"manage.py {args[0]} failed:\n{done.stderr[-3000:]}")


def has_corpus(env):
    with psycopg.connect(env["DATABASE_URL"]) as conn:
        tables = conn.execute("SELECT to_regclass('wagtailcore_page')").fetchone()[0]
        return (
            bool(tables)
            and conn.execute("SELECT count(*) > 100 FROM wagtailcore_page").fetchone()[0]
        )


def print_search(results, runs, queries):
    languages = ", ".join(
        f"{sum(q['lang'] == code for q in queries)} {code}" for code in ("pl", "uk", "en")
    )
    print(
        f"\nPostgreSQL, gunicorn 2 workers; {len(queries)} queries ({languages}) x {runs} runs"
        " per endpoint; latency in ms; found: queries with at least one result"
    )
    print(
        f"{'documents':>9}  {'backend':<11} {'generated/s':>11} {'indexed/s':>9} "
        f"{'page median':>11} {'p95':>7} {'found':>5} {'api median':>10} {'p95':>7} {'found':>5}"
        f" {'suggest median':>14} {'p95':>7} {'found':>5}"
    )
    for size, result in results.items():
        for name, row in result["backends"].items():
            cells = []
            for endpoint, width in (("page", 11), ("api", 10), ("suggest", 14)):
                figures = row.get(endpoint)
                if figures:
                    cells.append(
                        f"{figures['median_ms']:>{width}} "
                        f"{figures['p95_ms']:>7} {figures['queries_with_results']:>5}"
                    )
                else:
                    cells.append(f"{'n/a':>{width}} {'':>7} {'':>5}")
            generated = (result["generated"] or {}).get("items_per_second", "reused")
            indexing = (row["indexing"] or {}).get("documents_per_second", "reused")
            print(f"{size:>9}  {name:<11} {generated:>11} {indexing:>9} {' '.join(cells)}")
    for size, result in results.items():
        for name, row in result["backends"].items():
            for endpoint in ("page", "api", "suggest"):
                figures = row.get(endpoint) or {}
                if figures.get("failed"):
                    print(
                        f"FAILED: {figures['failed']} of the {endpoint} queries at {size} "
                        f"documents with {name}, e.g. {'; '.join(figures['failed_examples'])}"
                    )
    for size, result in results.items():
        for name, row in result["backends"].items():
            if size >= 100_000 and name != "database" and "api" in row:
                met = row["api"]["p95_ms"] < SEARCH_API_TARGET_MS
                print(
                    f"target: p95 of the API at {size} documents with {name} is "
                    f"{row['api']['p95_ms']} ms, {'under' if met else 'NOT under'} "
                    f"{SEARCH_API_TARGET_MS} ms"
                )


def bench_search(sizes, runs, reuse=False, measured=("engine", "database")):
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("the search section needs PostgreSQL: load .services/env first")
    queries = json.loads(SEARCH_QUERIES.read_text())
    results = {size: bench_search_size(size, runs, queries, reuse, measured) for size in sizes}
    print_search(results, runs, queries)
    out = RESULTS / f"bench-search-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"database": "PostgreSQL", "results": results}, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    shutil.rmtree(RESULTS / "static", ignore_errors=True)


# Newsletter --------------------------------------------------------------------------------


def bench_newsletter(sizes):
    results = {}
    for size in sizes:
        env = environment(bench_database_url("newsletter", size))
        done = subprocess.run(
            [sys.executable, "bench/send_digest.py", str(size)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            raise SystemExit(f"the newsletter benchmark failed:\n{done.stderr[-3000:]}")
        results[size] = json.loads(done.stdout.strip().splitlines()[-1])
    database = (
        "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    )
    print(f"\n{database}, locmem mail backend, tracemalloc on")
    print(
        f"{'subscribers':>11} {'mails':>6} {'compose s':>9} {'queue s':>7} {'send s':>7} "
        f"{'total s':>7} {'mails/s':>8} {'peak MB (send)':>14}"
    )
    for size, row in results.items():
        print(
            f"{size:>11} {row['mails']:>6} {row['compose_s']:>9} {row['queue_s']:>7} "
            f"{row['send_s']:>7} {row['total_s']:>7} {row['mails_per_s']:>8} "
            f"{row['peak_send_mb']:>14}"
        )
    out = RESULTS / f"bench-newsletter-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"database": database, "results": results}, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--section",
        choices=["news", "library", "directory", "events", "search", "newsletter"],
        default="news",
    )
    parser.add_argument("--sizes", type=int, nargs="+")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="search: keep the corpus and indexes a previous --reuse run left (not timed again)",
    )
    parser.add_argument(
        "--backends",
        nargs="+",
        choices=["engine", "database"],
        default=["engine", "database"],
        help="search: which backends to measure (both, side by side, by default)",
    )
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.section == "search":
        bench_search(args.sizes or [10_000, 100_000], args.runs, args.reuse, args.backends)
        return
    if args.section == "newsletter":
        bench_newsletter(args.sizes or [2_000, 20_000])
        return
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
