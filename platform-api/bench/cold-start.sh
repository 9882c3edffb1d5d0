#!/usr/bin/env bash
# Cold start of the packaged API to ready: from `java -jar` to the first 200 of /health/readiness
# (which checks the database), embedded PostgreSQL start and Flyway validation included, started
# as deploy/run-api starts it (with its class-data-sharing archive).
# One untimed first run creates the data folder (initdb, migrations, demo seed, CDS archive); the timed runs are
# restarts on that folder, as a developer or a pod restart sees it. Prints each run and the median.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=platform-api/target/meridian-platform.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests -pl platform-api -am package
DATA=$(mktemp -d)
PORT=${PORT:-18080}
RUNS=${RUNS:-5}
trap 'rm -rf "$DATA"' EXIT

start_once() {
  local begin end pid
  begin=$(date +%s%N)
  MERIDIAN_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" ./deploy/run-api >"$DATA/run.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { cat "$DATA/run.log" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - begin) / 1000000 ))
}

echo "first run (initdb, migrations, seed): $(start_once) ms"
times=()
for _ in $(seq "$RUNS"); do
  t=$(start_once); times+=("$t"); echo "restart: $t ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median cold start to ready: " a[int((NR+1)/2)] " ms over " NR " runs"}'
