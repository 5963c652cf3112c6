"""SQLite as `make run` uses it: the server, the task worker and a management command are
separate processes writing one file at once. Real processes, the development settings.

A write that holds the lock for seconds (a publish, a seed, a batch of index updates) must
make the others wait, not fail: with SQLite's defaults (rollback journal, 5 s timeout,
deferred transactions) they answered «database is locked».
"""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

# One process of the site: a long transaction, or transactions that read, then write
# (as a request that checks a form, then saves it), and reads outside any transaction.
PROCESS = """
import sys, time
import django
django.setup()
from django.db import connection, transaction

role, tag = sys.argv[1], sys.argv[2]
if role == "long":
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO visit (tag) VALUES (%s)", [tag])
        print("holding", flush=True)
        time.sleep(7)
else:
    for _ in range(30):
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM visit")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM visit")
            cursor.execute("INSERT INTO visit (tag) VALUES (%s)", [tag])
        time.sleep(0.05)
"""


def start(role, tag, database):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": str(settings.BASE_DIR),
    }
    return subprocess.Popen(
        [sys.executable, "-c", PROCESS, role, tag],
        env=env,
        cwd=settings.BASE_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_processes_writing_at_once_wait_for_a_long_write_and_lose_nothing(tmp_path):
    database = Path(tmp_path) / "db.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, tag TEXT)")
    long_write = start("long", "long", database)
    assert long_write.stdout.readline().strip() == "holding"
    started = time.monotonic()
    writers = [start("short", f"writer-{n}", database) for n in range(3)]
    for process in [long_write, *writers]:
        _out, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors[-2000:]
    with sqlite3.connect(database) as connection:
        counts = dict(connection.execute("SELECT tag, COUNT(*) FROM visit GROUP BY tag"))
    assert counts == {"long": 1, "writer-0": 30, "writer-1": 30, "writer-2": 30}
    # The writers really met the long write: they waited for it rather than ran beside it.
    assert time.monotonic() - started > 4
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
