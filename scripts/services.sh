#!/usr/bin/env bash
# Local services for development and tests: PostgreSQL 15 and the search engine.
#
#   scripts/services.sh up      install what is missing, start both, write .services/env
#   scripts/services.sh down    stop both (fine when nothing runs)
#   scripts/services.sh status  tell what runs
#
# Everything lives in the git-ignored folder .services/ of the repository:
#   .services/postgres/{data,run,postgres.log}   the project's own PostgreSQL 15 cluster
#   .services/search/opensearch-<v>/              the engine (config/, modules/, plugins/)
#   .services/search/{data,logs,run}              its data, logs and pid file
#   .services/cache/                              Maven downloads and plugin builds
#   .services/env                                 export DATABASE_URL=... ELASTICSEARCH_URL=...
#
# The search engine. DESIGN.md asks for Elasticsearch 9 completed with analysis-common and
# the official analysis plugins from Maven Central, else OpenSearch. Maven Central serves the
# Elasticsearch 9 integ-test-zip but none of its module or plugin artifacts (see
# check_elasticsearch_path below), so the engine is OpenSearch: its integ-test-zip ships all the
# modules of the production distribution (analysis-common, lang-painless, reindex,
# mapper-extras, ...). OpenSearch's official analysis-stempel / analysis-ukrainian plugin zips
# are not published to Maven Central either (opensearch-project/OpenSearch#16656), so the two
# plugins are built here from their Lucene analysis modules (lucene-analysis-stempel,
# lucene-analysis-morfologik with the morfologik-ukrainian-search dictionary, all from Maven
# Central) and expose the same analysis components as the official plugins: the `polish`
# analyzer, the `polish_stem` and `polish_stop` token filters, and the `ukrainian` analyzer.
# They are named razem-analysis-stempel and razem-analysis-ukrainian so nobody mistakes them
# for the official builds. Hunspell dictionaries come from Debian (hunspell-pl, hunspell-uk).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SVC="$REPO/.services"
SVC_USER="razem-svc"

# PostgreSQL
PG_VERSION=15
PG_BIN="/usr/lib/postgresql/$PG_VERSION/bin"
PG_PORT="${RAZEM_PG_PORT:-55432}"
PG_ROOT="$SVC/postgres"
PG_DATA="$PG_ROOT/data"
PG_RUN="$PG_ROOT/run"
PG_LOG="$PG_ROOT/postgres.log"
DB_NAME=razem
DB_USER=razem
DB_PASSWORD=razem

# Search engine
OS_VERSION="${RAZEM_OPENSEARCH_VERSION:-3.8.0}"
LUCENE_VERSION="${RAZEM_LUCENE_VERSION:-10.5.0}"   # the Lucene inside OpenSearch $OS_VERSION (checked)
OS_JAVA_HOME_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64
OS_HTTP_PORT="${RAZEM_SEARCH_PORT:-59200}"
OS_TRANSPORT_PORT="${RAZEM_SEARCH_TRANSPORT_PORT:-59300}"
SEARCH_ROOT="$SVC/search"
OS_HOME="$SEARCH_ROOT/opensearch-$OS_VERSION"
OS_DATA="$SEARCH_ROOT/data"
OS_LOGS="$SEARCH_ROOT/logs"
OS_RUN="$SEARCH_ROOT/run"
OS_PIDFILE="$OS_RUN/opensearch.pid"
OS_CLUSTER=razem-dev
OS_WAIT_SECONDS="${RAZEM_SEARCH_WAIT:-120}"
# Bump when the way the engine folder is assembled changes: forces a rebuild of it (so does a
# change to the plugin sources in scripts/opensearch-plugins/).
OS_LAYOUT=1

CACHE="$SVC/cache"
M2="$CACHE/m2"
BUILD="$CACHE/build"
ES_PROBE_VERSION=9.5.0   # an Elasticsearch 9 version whose integ-test-zip Maven Central serves

log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1

# Run a command as the service user (root) or as ourselves (non-root).
as_svc() {
  if [ "$IS_ROOT" -eq 1 ]; then
    runuser -u "$SVC_USER" -- "$@"
  else
    "$@"
  fi
}

APT_UPDATED=0
apt_install() {
  [ "$IS_ROOT" -eq 1 ] || die "missing system packages ($*); run this script as root once, or: sudo apt-get install -y $*"
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed"
}

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
ensure_packages() {
  local missing=()
  [ -x "$PG_BIN/initdb" ] || missing+=("postgresql-$PG_VERSION")
  [ -f /usr/share/hunspell/pl_PL.dic ] || missing+=(hunspell-pl)
  [ -f /usr/share/hunspell/uk_UA.dic ] || missing+=(hunspell-uk)
  command -v mvn >/dev/null || missing+=(maven)
  command -v curl >/dev/null || missing+=(curl)
  command -v unzip >/dev/null || missing+=(unzip)
  if [ "$IS_ROOT" -eq 1 ] && ! command -v runuser >/dev/null; then missing+=(util-linux); fi
  if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
  [ -x "$PG_BIN/initdb" ] || die "$PG_BIN/initdb still missing after installing postgresql-$PG_VERSION"
}

find_java() {
  local j
  for j in "${OPENSEARCH_JAVA_HOME:-}" "$OS_JAVA_HOME_DEFAULT" /usr/lib/jvm/temurin-2[1-9]-jdk-amd64 \
           /usr/lib/jvm/java-2[1-9]-openjdk-amd64; do
    if [ -n "$j" ] && [ -x "$j/bin/java" ] && [ -x "$j/bin/javac" ]; then
      local major
      major="$("$j/bin/java" -XshowSettings:properties -version 2>&1 \
               | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then JAVA_HOME_OS="$j"; return 0; fi
    fi
  done
  die "OpenSearch $OS_VERSION needs a JDK >= 21 (expected $OS_JAVA_HOME_DEFAULT); set OPENSEARCH_JAVA_HOME"
}

ensure_service_user() {
  [ "$IS_ROOT" -eq 1 ] || return 0
  if ! id -u "$SVC_USER" >/dev/null 2>&1; then
    log "creating system user $SVC_USER"
    useradd --system --user-group --home-dir /nonexistent --no-create-home \
      --shell /usr/sbin/nologin "$SVC_USER" || die "could not create user $SVC_USER"
  fi
  # The service user must be able to walk down to .services/: open up (o+x, search only) any
  # parent folder that it cannot traverse, e.g. a repository cloned under /root.
  local d="$SVC" parts=()
  while [ "$d" != "/" ]; do parts=("$d" "${parts[@]}"); d="$(dirname "$d")"; done
  for d in "${parts[@]}"; do
    [ -d "$d" ] || break
    if ! runuser -u "$SVC_USER" -- test -x "$d"; then
      log "granting search permission (o+x) on $d so that $SVC_USER can reach .services/"
      chmod o+x "$d"
    fi
  done
  runuser -u "$SVC_USER" -- test -x "$SVC" || die "$SVC_USER cannot reach $SVC (see: namei -l $SVC)"
}

prepare_dirs() {
  mkdir -p "$SVC" "$CACHE" "$PG_ROOT" "$SEARCH_ROOT"
  # .services/ is never committed, whatever the repository's .gitignore says.
  [ -f "$SVC/.gitignore" ] || printf '*\n' > "$SVC/.gitignore"
  chmod 755 "$SVC"
  ensure_service_user
  mkdir -p "$PG_RUN" "$OS_DATA" "$OS_LOGS" "$OS_RUN"
  if [ "$IS_ROOT" -eq 1 ]; then
    chown "$SVC_USER:$SVC_USER" "$PG_ROOT" "$PG_RUN" "$SEARCH_ROOT" "$OS_DATA" "$OS_LOGS" "$OS_RUN"
    [ -d "$PG_DATA" ] && chown -R "$SVC_USER:$SVC_USER" "$PG_DATA"
  fi
  chmod 700 "$PG_RUN"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------
pg_running() { [ -f "$PG_DATA/PG_VERSION" ] && as_svc "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

psql_admin() {
  as_svc "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_RUN" -p "$PG_PORT" -U postgres -d postgres "$@"
}

pg_up() {
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "initdb $PG_DATA"
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA"
    [ "$IS_ROOT" -eq 1 ] && chown "$SVC_USER:$SVC_USER" "$PG_DATA"
    chmod 700 "$PG_DATA"
    # Superuser 'postgres': trust over the private unix socket only (folder mode 0700);
    # TCP on 127.0.0.1 needs a password.
    as_svc "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$PG_ROOT/initdb.log" 2>&1 \
      || { tail -n 30 "$PG_ROOT/initdb.log" >&2; die "initdb failed"; }
    echo "include_if_exists = 'razem.conf'" >> "$PG_DATA/postgresql.conf"
  fi
  # Rewritten on every start; a throw-away cluster for development and tests, hence no fsync.
  cat > "$PG_DATA/razem.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
unix_socket_permissions = 0700
max_connections = 100
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  [ "$IS_ROOT" -eq 1 ] && chown "$SVC_USER:$SVC_USER" "$PG_DATA/razem.conf"

  if pg_running; then
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
  else
    if port_in_use "$PG_PORT"; then die "port $PG_PORT is taken by another program (ss -ltnp 'sport = :$PG_PORT')"; fi
    log "starting PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT"
    as_svc "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null \
      || { tail -n 30 "$PG_LOG" >&2 || true; die "PostgreSQL did not start (log: $PG_LOG)"; }
  fi

  # Role and database (idempotent).
  psql_admin -tA -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1 \
    || psql_admin -c "CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'"
  psql_admin -c "ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'"
  psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1 \
    || psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0"
  # Check the way the application connects: TCP, password.
  PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" \
    -tA -c "SELECT 1" | grep -q 1 || die "cannot connect to PostgreSQL as $DB_USER over TCP"
  log "PostgreSQL ready: postgres://$DB_USER:***@127.0.0.1:$PG_PORT/$DB_NAME"
}

pg_down() {
  if pg_running; then
    log "stopping PostgreSQL"
    as_svc "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null || die "pg_ctl stop failed"
  else
    log "PostgreSQL not running"
  fi
}

port_in_use() {
  # true when something accepts TCP connections on 127.0.0.1:$1
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# ---------------------------------------------------------------------------------------------
# Maven
# ---------------------------------------------------------------------------------------------
mvn_q() {
  # Maven's default central repository; the local repository is our cache under .services/.
  mvn -B -q -Dmaven.repo.local="$M2" "$@"
}

# A pom whose dependencies are the given G:A:V[:type] coordinates.
write_pom() {
  local file="$1" name; shift
  name="$(basename "$(dirname "$file")")"
  {
    echo '<project><modelVersion>4.0.0</modelVersion>'
    echo "<groupId>local.razem</groupId><artifactId>$name</artifactId>"
    echo '<version>1</version><packaging>pom</packaging><dependencies>'
    local c g a v t
    for c in "$@"; do
      IFS=: read -r g a v t <<<"$c"
      echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><type>${t:-jar}</type></dependency>"
    done
    echo '</dependencies></project>'
  } > "$file"
}

# fetch OUTDIR EXCLUDED_ARTIFACT_IDS COORD...   (dependencies included)
fetch() {
  local out="$1" exclude="$2"; shift 2
  local dir
  dir="$BUILD/pom-$(basename "$out")"
  mkdir -p "$dir" "$out"
  write_pom "$dir/pom.xml" "$@"
  mvn_q -f "$dir/pom.xml" dependency:copy-dependencies -DoutputDirectory="$out" \
    -DincludeScope=runtime ${exclude:+-DexcludeArtifactIds=$exclude} >"$dir/mvn.log" 2>&1 \
    || { grep -E 'ERROR|Could not' "$dir/mvn.log" | head -n 5 >&2; die "Maven could not fetch: $*"; }
}

# Path 1 of DESIGN.md: is Elasticsearch 9 complete-able from Maven Central? Asked once, the
# answer is kept in the cache (delete .services/cache/path1.txt to ask again).
check_elasticsearch_path() {
  local report="$CACHE/path1.txt"
  [ -f "$report" ] && return 0
  log "checking Maven Central for Elasticsearch $ES_PROBE_VERSION modules and plugins (DESIGN.md path 1)"
  local dir="$BUILD/probe-es" c ok=1
  mkdir -p "$dir"
  : > "$report.tmp"
  for c in org.elasticsearch.plugin:analysis-common:$ES_PROBE_VERSION \
           org.elasticsearch.module:analysis-common:$ES_PROBE_VERSION \
           org.elasticsearch.plugin:analysis-stempel-client:$ES_PROBE_VERSION \
           org.elasticsearch.plugin:analysis-ukrainian-client:$ES_PROBE_VERSION; do
    write_pom "$dir/pom.xml" "$c"
    if mvn_q -f "$dir/pom.xml" dependency:resolve >"$dir/mvn.log" 2>&1; then
      echo "served:     $c" >> "$report.tmp"
    else
      echo "not served: $c" >> "$report.tmp"; ok=0
    fi
  done
  if [ "$ok" -eq 1 ]; then
    echo "result: all served; Elasticsearch path possible (not wired in this script yet)" >> "$report.tmp"
  else
    echo "result: Elasticsearch $ES_PROBE_VERSION cannot be completed from Maven Central; using OpenSearch" >> "$report.tmp"
  fi
  mv "$report.tmp" "$report"
  sed 's/^/[services]   /' "$report" >&2
}

# ---------------------------------------------------------------------------------------------
# The analysis plugins, built from Lucene's analysis modules
# ---------------------------------------------------------------------------------------------
# build_plugin NAME CLASSNAME DESCRIPTION SOURCE_SUBDIR JAR_DIR
build_plugin() {
  local name="$1" classname="$2" description="$3" subdir="$4" jars="$5"
  local classes="$BUILD/classes-$name" dest="$OS_HOME/plugins/$name"
  rm -rf "$classes" "$dest"
  mkdir -p "$classes" "$dest"
  "$JAVA_HOME_OS/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$classes" \
    -cp "$OS_HOME/lib/*:$jars/*" "$BUILD/src/$subdir"/*.java >"$BUILD/javac-$name.log" 2>&1 \
    || { cat "$BUILD/javac-$name.log" >&2; die "compiling plugin $name failed"; }
  "$JAVA_HOME_OS/bin/jar" --create --file "$dest/$name-$OS_VERSION.jar" -C "$classes" . \
    || die "jar for plugin $name failed"
  cp "$jars"/*.jar "$dest/"
  cat > "$dest/plugin-descriptor.properties" <<EOF
description=$description
version=$OS_VERSION
name=$name
classname=$classname
java.version=21
opensearch.version=$OS_VERSION
custom.foldername=$name
extended.plugins=
has.native.controller=false
EOF
}

# ---------------------------------------------------------------------------------------------
# The search engine
# ---------------------------------------------------------------------------------------------
install_opensearch() {
  local plugin_sources
  plugin_sources="$(cat "$REPO"/scripts/opensearch-plugins/pl/razem/opensearch/analysis/*/*.java | sha256sum | cut -c1-16)"
  local marker="$OS_HOME/.razem-installed"
  local want="opensearch=$OS_VERSION lucene=$LUCENE_VERSION layout=$OS_LAYOUT plugins=$plugin_sources"
  if [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ]; then return 0; fi
  check_elasticsearch_path

  log "fetching OpenSearch $OS_VERSION and the analysis libraries (Maven, cached in $M2)"
  local dl="$CACHE/artifacts-$OS_VERSION"
  fetch "$dl/engine" "" "org.opensearch.distribution.integ-test-zip:opensearch:$OS_VERSION:zip"
  # Jars that OpenSearch's lib/ already has are left out of the plugin folders (jar hell).
  fetch "$dl/stempel" "lucene-core,lucene-analysis-common" \
    "org.apache.lucene:lucene-analysis-stempel:$LUCENE_VERSION"
  fetch "$dl/ukrainian" "lucene-core,lucene-analysis-common,morfologik-polish" \
    "org.apache.lucene:lucene-analysis-morfologik:$LUCENE_VERSION"

  log "unpacking OpenSearch $OS_VERSION into $OS_HOME"
  rm -rf "$OS_HOME" "$SEARCH_ROOT/.unpack"
  mkdir -p "$SEARCH_ROOT/.unpack"
  unzip -q "$dl/engine/opensearch-$OS_VERSION.zip" -d "$SEARCH_ROOT/.unpack" || die "unzip failed"
  mv "$SEARCH_ROOT/.unpack/opensearch-$OS_VERSION" "$OS_HOME"
  rmdir "$SEARCH_ROOT/.unpack"
  rm -rf "$dl/engine"   # the zip stays in the Maven cache; no second copy
  local have
  have="$(find "$OS_HOME/lib" -maxdepth 1 -name 'lucene-core-*.jar' -printf '%f\n' | sed -n 's/^lucene-core-\(.*\)\.jar$/\1/p')"
  [ "$have" = "$LUCENE_VERSION" ] || die "OpenSearch $OS_VERSION carries Lucene $have, not $LUCENE_VERSION: set RAZEM_LUCENE_VERSION=$have"
  local m
  for m in analysis-common lang-painless reindex mapper-extras transport-netty4; do
    [ -f "$OS_HOME/modules/$m/plugin-descriptor.properties" ] || die "OpenSearch $OS_VERSION zip lacks module $m"
  done

  log "building the Polish and Ukrainian analysis plugins"
  rm -rf "$BUILD/src"
  cp -r "$REPO/scripts/opensearch-plugins" "$BUILD/src"
  build_plugin razem-analysis-stempel pl.razem.opensearch.analysis.stempel.RazemStempelPlugin \
    "Polish analysis (polish analyzer, polish_stem, polish_stop) from Lucene lucene-analysis-stempel $LUCENE_VERSION; built by scripts/services.sh" \
    pl/razem/opensearch/analysis/stempel "$dl/stempel"
  build_plugin razem-analysis-ukrainian pl.razem.opensearch.analysis.ukrainian.RazemUkrainianPlugin \
    "Ukrainian analysis (ukrainian analyzer) from Lucene lucene-analysis-morfologik $LUCENE_VERSION and morfologik-ukrainian-search; built by scripts/services.sh" \
    pl/razem/opensearch/analysis/ukrainian "$dl/ukrainian"

  log "copying hunspell dictionaries pl_PL and uk_UA"
  local loc
  for loc in pl_PL uk_UA; do
    mkdir -p "$OS_HOME/config/hunspell/$loc"
    cp -L "/usr/share/hunspell/$loc.aff" "/usr/share/hunspell/$loc.dic" "$OS_HOME/config/hunspell/$loc/"
  done

  echo "$want" > "$marker"
}

configure_opensearch() {
  cat > "$OS_HOME/config/opensearch.yml" <<EOF
# Written by scripts/services.sh on every start.
cluster.name: $OS_CLUSTER
node.name: razem-node-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $OS_HTTP_PORT
transport.port: $OS_TRANSPORT_PORT
path.data: $OS_DATA
path.logs: $OS_LOGS
indices.analysis.hunspell.dictionary.lazy: true
# The site's indexes are created with its mapping and analysis (manage.py migrate,
# update_index); a document sent to a missing index is refused, never given an index
# that dynamic mapping made up (no folding, no stemming, text where facets need keywords).
action.auto_create_index: false
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  mkdir -p "$OS_HOME/config/jvm.options.d"
  cat > "$OS_HOME/config/jvm.options.d/razem.options" <<EOF
-Xms512m
-Xmx1g
EOF
  if [ "$IS_ROOT" -eq 1 ]; then chown -R "$SVC_USER:$SVC_USER" "$OS_HOME"; fi
}

os_pid() {
  [ -f "$OS_PIDFILE" ] || return 1
  local pid
  pid="$(cat "$OS_PIDFILE" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q 'org.opensearch' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

os_health() {
  curl -fsS --max-time 5 "http://127.0.0.1:$OS_HTTP_PORT/_cluster/health?wait_for_status=yellow&timeout=3s" 2>/dev/null
}

os_log_tail() {
  local f
  for f in "$OS_LOGS/$OS_CLUSTER.log" "$OS_LOGS/startup.log"; do
    if [ -s "$f" ]; then echo "----- tail of $f" >&2; tail -n 40 "$f" >&2; fi
  done
}

os_up() {
  find_java
  install_opensearch
  local pid
  if pid="$(os_pid)"; then
    log "OpenSearch already running (pid $pid)"
  else
    rm -f "$OS_PIDFILE"
    if port_in_use "$OS_HTTP_PORT"; then die "port $OS_HTTP_PORT is taken by another program"; fi
    if port_in_use "$OS_TRANSPORT_PORT"; then die "port $OS_TRANSPORT_PORT is taken by another program"; fi
    configure_opensearch
    log "starting OpenSearch $OS_VERSION on 127.0.0.1:$OS_HTTP_PORT (Java: $JAVA_HOME_OS)"
    : > "$OS_LOGS/startup.log"
    [ "$IS_ROOT" -eq 1 ] && chown "$SVC_USER:$SVC_USER" "$OS_LOGS/startup.log"
    # A higher open-files limit, as the engine asks for (a warning only on loopback).
    ( ulimit -n 65535 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
      cd "$OS_HOME" && as_svc env -u JAVA_HOME OPENSEARCH_JAVA_HOME="$JAVA_HOME_OS" \
        OPENSEARCH_PATH_CONF="$OS_HOME/config" OPENSEARCH_JAVA_OPTS="" \
        "$OS_HOME/bin/opensearch" -d -p "$OS_PIDFILE" ) >>"$OS_LOGS/startup.log" 2>&1 \
      || { os_log_tail; die "OpenSearch failed to start"; }
  fi
  local deadline=$((SECONDS + OS_WAIT_SECONDS)) health=""
  while [ "$SECONDS" -lt "$deadline" ]; do
    if health="$(os_health)"; then break; fi
    health=""
    if ! os_pid >/dev/null && [ "$SECONDS" -gt $((deadline - OS_WAIT_SECONDS + 10)) ]; then
      os_log_tail; die "OpenSearch exited during start-up"
    fi
    sleep 2
  done
  if [ -z "$health" ]; then
    os_log_tail; die "OpenSearch did not report green/yellow within ${OS_WAIT_SECONDS}s"
  fi
  local status
  status="$(printf '%s' "$health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
  case "$status" in green|yellow) ;; *) os_log_tail; die "OpenSearch health is '$status'";; esac
  # The same refusal on an engine started by an earlier version of this script.
  curl -fsS --max-time 10 -X PUT -H 'Content-Type: application/json' \
    "http://127.0.0.1:$OS_HTTP_PORT/_cluster/settings" \
    -d '{"persistent": {"action.auto_create_index": "false"}}' >/dev/null \
    || die "could not turn off the automatic creation of indexes"
  log "OpenSearch ready: http://127.0.0.1:$OS_HTTP_PORT (cluster $status)"
}

os_down() {
  local pid
  if pid="$(os_pid)"; then
    log "stopping OpenSearch (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local _
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "OpenSearch did not stop in 60s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
    fi
    rm -f "$OS_PIDFILE"
  else
    log "OpenSearch not running"
    rm -f "$OS_PIDFILE"
  fi
}

write_env() {
  cat > "$SVC/env" <<EOF
export DATABASE_URL=postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME
export ELASTICSEARCH_URL=http://127.0.0.1:$OS_HTTP_PORT
export SEARCH_ENGINE=opensearch
EOF
  log "wrote $SVC/env"
}

# ---------------------------------------------------------------------------------------------
cmd_up() {
  ensure_packages
  prepare_dirs
  pg_up
  os_up
  write_env
}

cmd_down() {
  if [ -d "$SVC" ]; then
    pg_down
    os_down
  else
    log "nothing to stop ($SVC does not exist)"
  fi
}

cmd_status() {
  local rc=0 pid
  if pg_running; then
    echo "postgresql: running on 127.0.0.1:$PG_PORT (data $PG_DATA)"
  else
    echo "postgresql: stopped"; rc=3
  fi
  if pid="$(os_pid)"; then
    local h
    h="$(os_health || true)"
    echo "opensearch $OS_VERSION: running, pid $pid, http://127.0.0.1:$OS_HTTP_PORT, health: $(printf '%s' "$h" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
  else
    echo "opensearch: stopped"; rc=3
  fi
  [ -f "$SVC/env" ] && { echo "env file: $SVC/env"; sed 's/^/  /' "$SVC/env"; }
  return "$rc"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
