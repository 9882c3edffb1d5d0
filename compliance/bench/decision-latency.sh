#!/usr/bin/env bash
# Latency of the policy decision point in process (DecisionBenchmark, JMH sample mode, one thread):
# prints the percentiles, p99 among them, in microseconds per decision.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -B -q -pl compliance -am install -DskipTests
./mvnw -B -q -pl compliance dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="compliance/target/test-classes:compliance/target/classes:$(cat compliance/target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main DecisionBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s -t 1 | tee compliance/target/decision-bench.txt
