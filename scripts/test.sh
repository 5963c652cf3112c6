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

echo "database: ${DATABASE_URL:-SQLite}; search: ${ELASTICSEARCH_URL:-database backend} (${SEARCH_ENGINE:-})"
# The slowest tests are listed at the end, to keep the suite quick.
exec .venv/bin/pytest --durations=15 "$@"
