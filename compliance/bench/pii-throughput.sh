#!/usr/bin/env bash
# PII scan throughput per core, all recognizers on, mixed multilingual text (PiiScanBenchmark, JMH,
# one thread). Prints JMH's result and the figure in MB/s (4 MB of UTF-8 text per operation).
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -B -q -pl compliance -am install -DskipTests
./mvnw -B -q -pl compliance dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="compliance/target/test-classes:compliance/target/classes:$(cat compliance/target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main PiiScanBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s -t 1 | tee compliance/target/pii-bench.txt
awk '/scanAllRecognizers/ && $2 == "thrpt" {printf "PII scan throughput: %.1f MB/s per core (%.2f scans/s of 4 MB)\n", $4 * 4, $4}' compliance/target/pii-bench.txt
