"""The site started from the checkout as ``make run`` serves it, for the served-site tests.

``ServedSite("sqlite")`` is ``make run`` on a fresh SQLite file; ``ServedSite("engine")`` is
``make services && . .services/env && make run`` on a brand-new PostgreSQL database and an
index prefix the search engine has never seen. Either way: ``migrate``, ``seed_demo``, then
``db_worker`` beside ``runserver`` as real processes, in a temporary folder of their own.

Mail goes over SMTP to a small sink in this process (``MailSink``), so the tests read the
links the site sends as a person would, from the mail.
"""

import datetime
import email
import email.policy
import os
import secrets
import shutil
import signal
import socket
import socketserver
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import psycopg
import requests

REPO = Path(__file__).resolve().parents[2]
PYTHON = REPO / ".venv" / "bin" / "python"
if not PYTHON.exists():
    PYTHON = Path(sys.executable)
START_TIMEOUT = 60
SETUP_TIMEOUT = 600
# What the site's own environment may carry in that would change how it runs.
SITE_VARIABLES = (
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "SEARCH_ENGINE",
    "SEARCH_INDEX",
    "EMAIL_URL",
    "MEDIA_ROOT",
    "DJANGO_SETTINGS_MODULE",
    "TEST_INDEX_PREFIX",
    "TEST_MEDIA_ROOT",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for Django's SMTP backend without TLS or login."""

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 razem-served-tests")
        recipients = []
        while line := self.rfile.readline():
            verb = line.decode("utf-8", "replace").strip().split(" ", 1)[0].upper()
            if verb in {"EHLO", "HELO", "NOOP", "MAIL"}:
                recipients = [] if verb == "MAIL" else recipients
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(line.decode().split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while (data := self.rfile.readline()) not in {b".\r\n", b".\n", b""}:
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.server.sink.add(recipients, b"".join(lines))
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Not implemented")


class _SMTPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class MailSink:
    """Every mail the site sends, as ``email.message.EmailMessage`` objects, also written
    to ``folder`` as ``.eml`` files to read after a failure."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.messages = []
        self.lock = threading.Lock()
        self.server = _SMTPServer(("127.0.0.1", 0), _SMTPHandler)
        self.server.sink = self
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, recipients, raw):
        message = email.message_from_bytes(raw, policy=email.policy.default)
        with self.lock:
            self.messages.append((recipients, message))
            (self.folder / f"{len(self.messages):04d}.eml").write_bytes(raw)

    def to(self, address):
        """The messages sent to ``address``, oldest first."""
        with self.lock:
            return [m for recipients, m in self.messages if address in recipients]

    def wait_for(self, address, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if found := self.to(address):
                return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"no mail to {address} within {timeout} s")

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def text_of(message):
    """The plain-text part of a mail."""
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


class ServedSite:
    """One run of the site; ``start()`` sets it up and serves it, ``stop()`` removes it."""

    def __init__(self, mode):
        if mode not in {"sqlite", "engine"}:
            raise ValueError(mode)
        self.mode = mode
        self.folder = Path(tempfile.mkdtemp(prefix=f"razem-served-{mode}-"))
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.processes = {}
        self.logs = {}
        self.mail = MailSink(self.folder / "mail")
        self.name = f"razem_served_{secrets.token_hex(4)}"
        self.admin_database_url = None
        self.env = self._environment()
        self.timings = {}

    # Environment -----------------------------------------------------------------------------

    def _environment(self):
        env = {k: v for k, v in os.environ.items() if k not in SITE_VARIABLES}
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings.dev",
            MEDIA_ROOT=str(self.folder / "media"),
            STATIC_ROOT=str(self.folder / "static"),
            EMAIL_URL=f"smtp://127.0.0.1:{self.mail.port}",
            WAGTAILADMIN_BASE_URL=self.base_url,
            # The tests are many clients: each names its address in X-Forwarded-For, as a
            # reverse proxy would (cms/clients.py), so the per-client rate limits apply
            # to each simulated client and not to the whole test run.
            TRUSTED_PROXY_COUNT="1",
            PYTHONUNBUFFERED="1",
        )
        if self.mode == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{self.folder / 'db.sqlite3'}"
        else:
            shared = os.environ.get("DATABASE_URL", "")
            if not shared.startswith("postgres"):
                raise RuntimeError("the engine mode needs DATABASE_URL (. .services/env)")
            self.admin_database_url = shared
            env["DATABASE_URL"] = f"{shared.rsplit('/', 1)[0]}/{self.name}"
            env["ELASTICSEARCH_URL"] = os.environ["ELASTICSEARCH_URL"]
            env["SEARCH_ENGINE"] = os.environ.get("SEARCH_ENGINE", "opensearch")
            env["SEARCH_INDEX"] = self.name
        return env

    @property
    def database_url(self):
        return self.env["DATABASE_URL"]

    @property
    def engine_url(self):
        return self.env.get("ELASTICSEARCH_URL", "").rstrip("/")

    # Processes -------------------------------------------------------------------------------

    def log_path(self, name):
        return self.folder / f"{name}.log"

    def manage(self, *args, name=None, timeout=SETUP_TIMEOUT, check=True, input=None):
        """Run ``manage.py *args`` to the end; its output goes to a log of its own."""
        name = name or args[0]
        path = self.log_path(name)
        self.logs[name] = path
        with path.open("ab") as log:
            result = subprocess.run(
                [str(PYTHON), "manage.py", *args],
                cwd=REPO,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                input=input.encode() if input is not None else None,
                timeout=timeout,
                check=False,
            )
        if check and result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} exited {result.returncode}")
        return result

    def spawn(self, name, *args):
        path = self.log_path(name)
        self.logs[name] = path
        log = path.open("ab")
        self.processes[name] = subprocess.Popen(
            [str(PYTHON), "manage.py", *args],
            cwd=REPO,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def tail(self, name, lines=60):
        path = self.logs.get(name)
        if path is None or not path.exists():
            return ""
        text = path.read_text(errors="replace").splitlines()[-lines:]
        return f"----- {name} ({path})\n" + "\n".join(text)

    def tails(self, lines=60):
        return "\n".join(self.tail(name, lines) for name in self.logs)

    def log_text(self, name):
        path = self.logs.get(name)
        return path.read_text(errors="replace") if path and path.exists() else ""

    def alive(self):
        """The names of the started processes that have exited."""
        return {name: p.poll() for name, p in self.processes.items()}

    # Life ------------------------------------------------------------------------------------

    def create_database(self):
        with psycopg.connect(self.admin_database_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')

    def drop_database(self):
        with psycopg.connect(self.admin_database_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def engine_indexes(self):
        """The engine's indexes under this run's prefix, name -> aliases."""
        response = requests.get(f"{self.engine_url}/{self.name}_*/_alias", timeout=10)
        response.raise_for_status()
        return {index: sorted(info.get("aliases", {})) for index, info in response.json().items()}

    def drop_indexes(self):
        for index in self.engine_indexes():
            requests.delete(f"{self.engine_url}/{index}", timeout=30)

    def start(self):
        began = time.monotonic()
        try:
            if self.mode == "engine":
                if self.engine_indexes():
                    raise RuntimeError(f"the engine already holds indexes named {self.name}_*")
                self.create_database()
            self.manage("migrate", "--noinput")
            self.timings["migrate"] = time.monotonic() - began
            self.manage("seed_demo")
            self.timings["seed_demo"] = time.monotonic() - began - self.timings["migrate"]
            self.spawn("db_worker", "db_worker")
            self.spawn("runserver", "runserver", f"127.0.0.1:{self.port}", "--noreload")
            self.wait_until_healthy()
        except BaseException:
            print(f"\nThe {self.mode} site did not start:\n{self.tails()}", file=sys.stderr)
            self.stop()
            raise
        self.timings["start"] = time.monotonic() - began
        return self

    def wait_until_healthy(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            exited = {n: code for n, code in self.alive().items() if code is not None}
            if exited:
                raise RuntimeError(f"exited during start-up: {exited}")
            try:
                if requests.get(f"{self.base_url}/healthz", timeout=2).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"/healthz did not answer within {START_TIMEOUT} s")

    def query(self, sql, params=()):
        """Rows of a read-only query on the site's database (``%s`` placeholders)."""
        if self.mode == "sqlite":
            uri = f"file:{self.folder / 'db.sqlite3'}?mode=ro"
            with sqlite3.connect(uri, uri=True, timeout=30) as conn:
                return conn.execute(sql.replace("%s", "?"), params).fetchall()
        with psycopg.connect(self.database_url) as conn:
            conn.read_only = True
            return conn.execute(sql, params).fetchall()

    def wait_for_worker(self, timeout=120):
        """Wait until the worker has run every task due so far, so that what a test wrote
        has reached the search index."""
        # django-tasks-db marks "no delay" with a date in the year 9999.
        sql = (
            "SELECT count(*) FROM django_tasks_database_dbtaskresult "
            "WHERE status IN ('READY', 'RUNNING') AND (run_after <= %s OR run_after >= %s)"
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = datetime.datetime.now(datetime.UTC)
            far = datetime.datetime(9000, 1, 1, tzinfo=datetime.UTC)
            if self.mode == "sqlite":  # Django stores UTC text there
                now, far = now.strftime("%Y-%m-%d %H:%M:%S.%f"), "9000-01-01"
            if self.query(sql, (now, far))[0][0] == 0:
                return
            if self.processes["db_worker"].poll() is not None:
                raise AssertionError(f"the worker has exited\n{self.tail('db_worker')}")
            time.sleep(0.5)
        raise AssertionError(f"tasks still queued after {timeout} s\n{self.tail('db_worker')}")

    def stop(self):
        for process in self.processes.values():
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        self.mail.close()
        if self.mode == "engine":
            try:
                self.drop_indexes()
            finally:
                self.drop_database()

    def remove_folder(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    # HTTP ------------------------------------------------------------------------------------

    def url(self, path):
        return urllib.parse.urljoin(self.base_url, path)
