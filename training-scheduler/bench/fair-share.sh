#!/usr/bin/env bash
# FairShareSimulation: 100 backlogged tenants (weights 1–4) on 1,000 slots / 2,000 GPUs, one-minute
# steps; prints each weight class's received part of the dominant resource against its entitlement.
#   training-scheduler/bench/fair-share.sh [steps [warm-up steps]]   (default 20000 500)
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -B -q -o -pl training-scheduler test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="training-scheduler/target/test-classes:training-scheduler/target/classes:$(cat training-scheduler/target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -cp "$CP" io.meridian.training.scheduling.FairShareSimulation "$@"
