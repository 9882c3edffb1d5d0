#!/usr/bin/env bash
# The serving core's benchmarks (JMH, one fork, one thread): SingleRowPredictBenchmark (µs per single-row
# predict: validation, encoding, model, ranked labels) and BatchScoringBenchmark (rows/s in process, 100,000 rows
# of ten inputs per call). Each trains its models first (a few seconds).
#   [BENCH=<regexp of benchmarks>] training-scheduler/bench/serving.sh [JMH options, replacing the defaults -f 1 -wi 3 -w 3s -i 5 -r 3s -t 1]
#   results also in training-scheduler/target/ServingBenchmark.txt
# Compiles this module only (-o, no install): the modules it depends on come from the local repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -B -q -o -pl training-scheduler test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="training-scheduler/target/test-classes:training-scheduler/target/classes:$(cat training-scheduler/target/bench-classpath.txt)"
[ $# -gt 0 ] || set -- -f 1 -wi 3 -w 3s -i 5 -r 3s -t 1
"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "${BENCH:-io.meridian.training.serving\..*Benchmark}" "$@" \
  | tee training-scheduler/target/ServingBenchmark.txt
