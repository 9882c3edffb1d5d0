#!/usr/bin/env bash
# Throughput of an authenticated GET with an API key over loopback: GET /api/v1/tenants/current
# with X-API-Key (key look-up, scope check, one PostgreSQL transaction under row-level security,
# JSON). wrk (Debian package `wrk`) is the load generator, on the same 2 cores as the server and
# its PostgreSQL, so all three share the machine.
# Starts the packaged API on a fresh data folder unless BASE points at a running one.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=platform-api/target/meridian-platform.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests -pl platform-api -am package
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-40s}
DURATION=${DURATION:-30s}

if [ -z "${BASE:-}" ]; then
  PORT=${PORT:-18081}
  BASE="http://127.0.0.1:$PORT"
  DATA=$(mktemp -d)
  MERIDIAN_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" ./deploy/run-api >"$DATA/run.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
  until curl -sf -o /dev/null "$BASE/health/readiness"; do sleep 0.1; done
fi

TOKEN=$(curl -sf "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"tenant":"demo","email":"tenant-admin@demo.example.com","password":"meridian-demo-password"}' |
  sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
KEY=$(curl -sf "$BASE/api/v1/api-keys" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark","scopes":["read"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')

# C2 needs a while on 2 cores shared with PostgreSQL and wrk: measure only after it settled
echo "warm-up (JIT) $WARMUP ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "X-API-Key: $KEY" "$BASE/api/v1/tenants/current" >/dev/null
echo "measured run: $DURATION, $THREADS threads, $CONNECTIONS connections"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "X-API-Key: $KEY" "$BASE/api/v1/tenants/current"
