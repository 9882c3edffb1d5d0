#!/usr/bin/env bash
# The reference result, through the platform: Fashion-MNIST (Debian's dataset-fashion-mnist) is
# imported over the API as two IDX datasets (60,000 training, 10,000 test images), then a DJL
# multilayer perceptron and a Tribuo logistic regression are trained as scheduled jobs by the
# in-process executor and registered; prints each job's test accuracy, epochs, wall time and
# training samples/s (from the job's own progress records).
# Starts the packaged API on a fresh data folder unless BASE points at a running one.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASETS=${DATASETS:-/usr/share/datasets/fashion-mnist}
[ -f "$DATASETS/train-images-idx3-ubyte.gz" ] || { echo "apt-get install -y dataset-fashion-mnist" >&2; exit 1; }
JAR=platform-api/target/meridian-platform.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests -pl platform-api -am package
MLP=${MLP:-'{"hiddenSizes":[256,128],"activation":"relu","epochs":12,"batchSize":128,"learningRate":0.001,"optimizer":"adam"}'}
LOGISTIC=${LOGISTIC:-'{"epochs":10,"learningRate":0.02}'}

if [ -z "${BASE:-}" ]; then
  PORT=${PORT:-18082}
  BASE="http://127.0.0.1:$PORT"
  DATA=$(mktemp -d)
  MERIDIAN_TRAINING_WORKERS=1 MERIDIAN_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" ./deploy/run-api >"$DATA/run.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
  until curl -sf -o /dev/null "$BASE/health/readiness"; do sleep 0.2; done
fi

TOKEN=$(curl -sf "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"tenant":"demo","email":"scientist@demo.example.com","password":"meridian-demo-password"}' | jq -r .accessToken)
AUTH="Authorization: Bearer $TOKEN"
SUFFIX=$(date +%s)

import() { # name images labels
  curl -sf "$BASE/api/v1/datasets/idx" -H "$AUTH" \
    -F "metadata={\"name\":\"$1-$SUFFIX\",\"region\":\"eu-west\",\"dataClass\":\"PUBLIC\"};type=application/json" \
    -F "images=@$2;type=application/octet-stream" -F "labels=@$3;type=application/octet-stream" | jq -r .id
}
TRAIN=$(import fashion-train "$DATASETS/train-images-idx3-ubyte.gz" "$DATASETS/train-labels-idx1-ubyte.gz")
TEST=$(import fashion-test "$DATASETS/t10k-images-idx3-ubyte.gz" "$DATASETS/t10k-labels-idx1-ubyte.gz")
echo "imported: training $TRAIN, test $TEST"

train() { # model trainer hyperparameters
  local id state job
  id=$(curl -sf "$BASE/api/v1/jobs" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"model\":\"$1\",\"dataset\":\"$TRAIN\",\"testDataset\":\"$TEST\",\"trainer\":\"$2\",\"hyperparameters\":$3,\"seed\":7}" | jq -r .id)
  state=QUEUED
  while [ "$state" != SUCCEEDED ] && [ "$state" != FAILED ] && [ "$state" != CANCELLED ]; do
    sleep 5
    job=$(curl -sf "$BASE/api/v1/jobs/$id" -H "$AUTH")
    state=$(echo "$job" | jq -r .state)
  done
  [ "$state" = SUCCEEDED ] || { echo "$1: $state $(echo "$job" | jq -r .detail)" >&2; curl -sf "$BASE/api/v1/jobs/$id/logs" -H "$AUTH" | jq -r '.[].line' >&2; return 1; }
  local version accuracy seconds rate epochs
  version=$(curl -sf "$BASE/api/v1/models/$1/versions/$(echo "$job" | jq -r .modelVersion)" -H "$AUTH")
  accuracy=$(echo "$version" | jq -r .metrics.values.accuracy)
  seconds=$(echo "$job" | jq -r '(((.finishedAt | sub("\\.[0-9]+";"") | fromdateiso8601) - (.startedAt | sub("\\.[0-9]+";"") | fromdateiso8601)))')
  rate=$(curl -sf "$BASE/api/v1/jobs/$id/progress" -H "$AUTH" | jq '[.[].samplesPerSecond] | sort | .[length / 2 | floor] | floor')
  epochs=$(curl -sf "$BASE/api/v1/jobs/$id/progress" -H "$AUTH" | jq length)
  printf '%-32s test accuracy %.4f  epochs %s  job %s s  %s training samples/s (median of epochs)  %s\n' \
    "$1 ($2)" "$accuracy" "$epochs" "$seconds" "$rate" "$(echo "$version" | jq -c .lineage.hyperparameters)"
}
# ONLY=mlp or ONLY=logistic runs one of the two
[ "${ONLY:-mlp}" != mlp ] || train "fashion-mlp-$SUFFIX" djl-mlp "$MLP"
[ "${ONLY:-logistic}" != logistic ] || train "fashion-logistic-$SUFFIX" tribuo-logistic-regression "$LOGISTIC"
