#!/usr/bin/env bash
# `make test`: start the real services, then run the whole suite against them.
# With CI=true a service or browser that cannot start fails the run; elsewhere the suite
# falls back to SQLite and the database search backend, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

fail_or_warn() {
    if [ "${CI:-}" = "true" ]; then
        echo "error: $1" >&2
        exit 1
    fi
    echo "warning: $1; continuing without it" >&2
}

if bash scripts/services.sh up; then
    # shellcheck disable=SC1091
    . .services/env
else
    fail_or_warn "PostgreSQL and the search engine could not start"
    unset DATABASE_URL ELASTICSEARCH_URL
fi

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
            || fail_or_warn "Chromium could not be installed"
    else
        fail_or_warn "Chromium is missing (apt-get install chromium)"
    fi
fi

stage() { printf '\n=== %s (%s)\n' "$1" "$(date -u +%T)"; }
sqlite() { env -u DATABASE_URL -u ELASTICSEARCH_URL -u SEARCH_ENGINE "$@"; }

# Arguments (a test path, -k ...) run that much of the suite alone, for a quick check.
if [ "$#" -gt 0 ]; then
    stage "the suite: ${DATABASE_URL:-SQLite}, search ${ELASTICSEARCH_URL:-database backend}"
    exec .venv/bin/pytest --durations=15 "$@"
fi

# Two lines of stages side by side: a test run is one process and keeps one core busy, and
# the two share nothing (the embedded line has no PostgreSQL, engine or media of the other).
#
# The embedded mode as its own product: SQLite and Wagtail's database search, the tests of
# the engine's own features deselected (not skipped; the browser tests, which check the
# rendering, run in the other line); then the site as `make run` serves it, over HTTP.
embedded() {
    stage "the suite on SQLite with the database search backend"
    sqlite env TEST_MEDIA_ROOT="$(mktemp -d)" \
        .venv/bin/pytest --durations=5 -m "not engine and not served and not browser" || return 1
    stage "the served site: make run on SQLite"
    sqlite .venv/bin/pytest -m served cms/tests/test_served_site.py -k sqlite -s
}
embedded_log="$(mktemp)"
embedded >"$embedded_log" 2>&1 &
embedded_pid=$!

status=0
stage "the suite: ${DATABASE_URL:-SQLite}, search ${ELASTICSEARCH_URL:-database backend}"
# The slowest tests are listed at the end, to keep the suite quick.
.venv/bin/pytest --durations=15 || status=1
if [ -n "${ELASTICSEARCH_URL:-}" ]; then
    # PostgreSQL and an engine that has never seen the site, over HTTP.
    stage "the served site: PostgreSQL and a fresh search engine"
    .venv/bin/pytest -m served cms/tests/test_served_site.py -k engine -s || status=1
fi
wait "$embedded_pid" || status=1
cat "$embedded_log"
stage "done"
exit "$status"
