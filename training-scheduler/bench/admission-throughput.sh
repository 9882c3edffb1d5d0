#!/usr/bin/env bash
# Admissions per second of one AdmissionPlanner.plan from an empty cluster (AdmissionPlannerBenchmark,
# JMH, one thread): 10,000 queued jobs of 100 tenants onto 1,000 slots / 2,000 GPUs in 5 regions.
#   training-scheduler/bench/admission-throughput.sh [JMH options]   — results also in training-scheduler/target/
# Compiles this module only (-o, no install): the modules it depends on come from the local repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -B -q -o -pl training-scheduler test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="training-scheduler/target/test-classes:training-scheduler/target/classes:$(cat training-scheduler/target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main AdmissionPlannerBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s -t 1 "$@" \
  | tee training-scheduler/target/AdmissionPlannerBenchmark.txt
