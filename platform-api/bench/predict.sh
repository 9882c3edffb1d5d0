#!/usr/bin/env bash
# Single-row predict over HTTP on loopback: the demo tenant's Tribuo model `churn-demo` called with an
# API key and Accept-Language: de (authentication, rate limit, version resolution, SERVE decision,
# validation, prediction, label translation, German number format, inference log), then
#  1. throughput at saturation (wrk, 2 threads, 32 connections),
#  2. latency paced at the target rate (TARGET, 8,000/s) and at half the saturation rate (wrk with a
#     per-request pause), each with the inference-log entries dropped meanwhile (/prometheus),
#  3. the platform's overhead: predict and a bare endpoint that only parses the body and calls the
#     same cached predictor (BarePredictController, test classpath only), at saturation, taking
#     turns ROUNDS times (3), each after the inference log has caught up, and the median of the ratios.
# The server runs from the test classpath with meridian.bench.bare-predict=true and the JVM options
# of deploy/run-api (MERIDIAN_JAVA_OPTS); wrk shares the 2 cores. On this machine one 30 s run of the
# same endpoint varies by up to ±15 %, hence the turns.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }
WARMUP=${WARMUP:-30s}
DURATION=${DURATION:-30s}
PORT=${PORT:-18096}
BASE="http://127.0.0.1:$PORT"
./mvnw -B -q -o -pl platform-api test-compile
CP=$(./mvnw -B -q -o -pl platform-api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
DATA=$(mktemp -d)
MERIDIAN_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" MERIDIAN_SERVING_RATE_LIMIT_PER_SECOND=10000000 \
  "$JAVA_HOME/bin/java" ${MERIDIAN_JAVA_OPTS:-} -Dmeridian.bench.bare-predict=true -cp "platform-api/target/test-classes:platform-api/target/classes:$CP" \
  io.meridian.api.Application >"$DATA/run.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null "$BASE/health/readiness"; do sleep 0.2; done

ADMIN=$(curl -sf "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"tenant":"demo","email":"tenant-admin@demo.example.com","password":"meridian-demo-password"}' | jq -r .accessToken)
KEY=$(curl -sf "$BASE/api/v1/api-keys" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark","scopes":["inference","read"]}' | jq -r .key)
TENANT=$(curl -sf "$BASE/api/v1/tenants/current" -H "X-API-Key: $KEY" | jq -r .id)
until curl -sf -o /dev/null "$BASE/api/v1/models/churn-demo@production" -H "X-API-Key: $KEY"; do sleep 1; done  # the demo model trains on first start

BODY='{"rows":[{"tenure_months":3,"monthly_charge":89.5,"support_tickets":4,"plan":"premium","contract":"monthly","auto_pay":false}]}'
SCRIPT="$DATA/post.lua"
cat >"$SCRIPT" <<LUA
wrk.method = "POST"
wrk.body = '$BODY'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "de"
wrk.headers["X-API-Key"] = "$KEY"
pause = tonumber(os.getenv("PAUSE_MS") or "0")
function delay() return pause end
LUA
curl -sf "$BASE/api/v1/models/churn-demo/predict" -H "X-API-Key: $KEY" -H 'Accept-Language: de' -H 'Content-Type: application/json' -d "$BODY" | cut -c1-160; echo

dropped() { curl -sf "$BASE/prometheus" | awk '/^meridian_inference_log_dropped/ {print int($2)}'; }
paced() { # rate: connections that each pause 2 ms between requests, as many as it takes to send about that many requests/s
  # (wrk's pause has a 1 ms grain; the measured latency excludes the pause)
  local connections before
  connections=$(awk -v rate="$1" 'BEGIN { c = int(rate * 2.6 / 1000 + 0.5); if (c < 1) c = 1; print c }')
  before=$(dropped)
  echo "== predict paced at about $1/s: 2 threads, $connections connections, 2 ms pause per request, $DURATION"
  PAUSE_MS=2 wrk -t2 -c"$connections" -d"$DURATION" --latency -s "$SCRIPT" "$PREDICT"
  echo "   inference-log entries dropped meanwhile: $(( $(dropped) - before ))"
}
PREDICT="$BASE/api/v1/models/churn-demo/predict"
BARE="$BASE/bench/$TENANT/churn-demo/predict"
curl -sf "$BARE" -H 'Content-Type: application/json' -d "$BODY" >/dev/null || { echo "the bare endpoint does not answer" >&2; exit 1; }
echo "warm-up $WARMUP (JIT) ..."
wrk -t2 -c32 -d"$WARMUP" -s "$SCRIPT" "$PREDICT" >/dev/null
wrk -t2 -c32 -d15s -s "$SCRIPT" "$BARE" >/dev/null

queued() { curl -sf "$BASE/prometheus" | awk '/^meridian_inference_log_queued/ {print int($2)}'; }
caught_up() { until [ "$(queued)" = 0 ]; do sleep 0.5; done; sleep 2; }
saturated() { # url file: one run at saturation, requests/s to stdout, wrk's report to the file
  caught_up
  wrk -t2 -c32 -d"$DURATION" --latency -s "$SCRIPT" "$1" >"$2"
  awk '/Requests\/sec/ {print int($2)}' "$2"
}

echo "== overhead: predict and the bare endpoint at saturation (2 threads, 32 connections, $DURATION each), ${ROUNDS:-3} turns"
RATIOS=()
for round in $(seq "${ROUNDS:-3}"); do
  BEFORE=$(dropped)
  P=$(saturated "$PREDICT" "$DATA/predict-$round.txt")
  LOST=$(( $(dropped) - BEFORE ))
  B=$(saturated "$BARE" "$DATA/bare-$round.txt")
  RATIO=$(awk -v p="$P" -v b="$B" 'BEGIN { printf "%.2f", b / p }')
  RATIOS+=("$RATIO")
  echo "   turn $round: predict $P/s (p99 $(awk '/ 99%/ {print $2}' "$DATA/predict-$round.txt"), log entries dropped $LOST), bare $B/s (p99 $(awk '/ 99%/ {print $2}' "$DATA/bare-$round.txt")): ${RATIO}x"
done
echo "   median overhead: $(printf '%s\n' "${RATIOS[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')x"

BEFORE=$(dropped)
echo "== predict at saturation: 2 threads, 32 connections, $DURATION"
wrk -t2 -c32 -d"$DURATION" --latency -s "$SCRIPT" "$PREDICT" | tee "$DATA/max.txt"
echo "   inference-log entries dropped meanwhile (the log never slows a request): $(( $(dropped) - BEFORE ))"
MAX=$(awk '/Requests\/sec/ {print int($2)}' "$DATA/max.txt")
caught_up
paced "${TARGET:-8000}"
caught_up
paced $((MAX / 2))
