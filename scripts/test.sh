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

# Arguments (a test path, -k ...) narrow the first stage alone, for a developer's quick run.
stage "the suite: ${DATABASE_URL:-SQLite}, search ${ELASTICSEARCH_URL:-database backend}"
# The slowest tests are listed at the end, to keep the suite quick.
.venv/bin/pytest --durations=15 "$@"
[ "$#" -eq 0 ] || exit 0

# The embedded mode as its own product: SQLite and Wagtail's database search. The tests of
# the engine's own features are deselected (not skipped); the browser tests, which check
# rendering, ran above.
stage "the suite on SQLite with the database search backend"
sqlite .venv/bin/pytest --durations=5 -m "not engine and not served and not browser"

# The site as the README serves it, over HTTP: `make run` (SQLite, the worker, a fresh
# database), then PostgreSQL and an engine that has never seen the site.
stage "the served site: make run on SQLite"
sqlite .venv/bin/pytest -m served cms/tests/test_served_site.py -k sqlite -s
if [ -n "${ELASTICSEARCH_URL:-}" ]; then
    stage "the served site: PostgreSQL and a fresh search engine"
    .venv/bin/pytest -m served cms/tests/test_served_site.py -k engine -s
fi
stage "done"
