#!/usr/bin/env bash
# Model registry latency over HTTP on loopback, with 1,000 models and 50,000 versions in
# PostgreSQL (bench/registry-seed.sql, inserted as the schema owner):
#   1. resolve model@alias  GET /api/v1/models/bench-NNNN@production   (random model)
#   2. search, two tags      GET /api/v1/model-versions?tag=tA&tag=tB   (random pair, 50 per page, total)
#   3. search, three tags on models, sorted  GET /api/v1/models?tag=team-3&tag=domain-2&tag=stage-1
# Each with an API key (read scope): key look-up, scope check, row-level security, JSON.
# Latency is measured at a fixed low load (CONNECTIONS=1: one request after another) after a
# warm-up; wrk (Debian package `wrk`) and psql (`postgresql-client`) share the 2 cores with the
# server and its PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=platform-api/target/meridian-platform.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests -pl platform-api -am package
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "install psql first: apt-get install -y postgresql-client" >&2; exit 1; }
CONNECTIONS=${CONNECTIONS:-1}
WARMUP=${WARMUP:-20s}
DURATION=${DURATION:-30s}
PORT=${PORT:-18082}
DB_PORT=${DB_PORT:-15482}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
MERIDIAN_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" MERIDIAN_DB_EMBEDDED_PORT="$DB_PORT" ./deploy/run-api >"$DATA/run.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null "$BASE/health/readiness"; do sleep 0.1; done

echo "seeding 1,000 models and 50,000 versions ..."
time PGPASSWORD=meridian_owner psql -q -h 127.0.0.1 -p "$DB_PORT" -U meridian_owner -d meridian -f platform-api/bench/registry-seed.sql
# once more, apart from the seeding: a snapshot the API held meanwhile can keep the first vacuum
# from marking pages all-visible, and index-only scans need that (autovacuum does it in production)
sleep 2
PGPASSWORD=meridian_owner psql -q -h 127.0.0.1 -p "$DB_PORT" -U meridian_owner -d meridian -c 'vacuum model_version_tags' -c 'vacuum model_versions'

TOKEN=$(curl -sf "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"tenant":"demo","email":"tenant-admin@demo.example.com","password":"meridian-demo-password"}' |
  sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
KEY=$(curl -sf "$BASE/api/v1/api-keys" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark","scopes":["read"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
curl -sf -H "X-API-Key: $KEY" "$BASE/api/v1/models/bench-0042@production" | head -c 300; echo
curl -sf -H "X-API-Key: $KEY" "$BASE/api/v1/model-versions?tag=t3&tag=t10&limit=1" | sed -n 's/.*"total":\([0-9]*\).*/two-tag matches for t3+t10: \1/p'

run() {
  local name=$1; shift
  echo "== $name: warm-up $WARMUP"
  wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -H "X-API-Key: $KEY" "$@" >/dev/null
  echo "== $name: measured $DURATION, $CONNECTIONS connection(s)"
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "X-API-Key: $KEY" "$@"
}
run "resolve model@alias" -s platform-api/bench/random-alias.lua "$BASE"
run "search versions, two tags" -s platform-api/bench/random-two-tags.lua "$BASE"
run "search models, three tags" "$BASE/api/v1/models?tag=team-3&tag=domain-2&tag=stage-1&sort=updatedAt&order=desc"
