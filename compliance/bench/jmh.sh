#!/usr/bin/env bash
# Runs one JMH benchmark of the compliance module (from src/test) on a fresh build:
#   compliance/bench/jmh.sh <BenchmarkClass> [JMH options]   — results also in compliance/target/<class>.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -B -q -pl compliance -am install -DskipTests
./mvnw -B -q -pl compliance dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="compliance/target/test-classes:compliance/target/classes:$(cat compliance/target/bench-classpath.txt)"
BENCHMARK=$1
shift
"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "$BENCHMARK" -f 1 -wi 3 -w 5s -i 5 -r 5s -t 1 "$@" | tee "compliance/target/$BENCHMARK.txt"
