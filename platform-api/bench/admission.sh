#!/usr/bin/env bash
# Admission throughput of the training scheduler against a real (embedded) PostgreSQL: 10,000
# queued jobs of 100 tenants admitted by the platform's admission cycle. See AdmissionThroughput.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -B -q -o -pl platform-api test-compile
CP=$(./mvnw -B -q -o -pl platform-api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
"$JAVA_HOME/bin/java" -cp "platform-api/target/test-classes:platform-api/target/classes:$CP" io.meridian.api.jobs.AdmissionThroughput 2>&1 \
  | grep -v -E "^[0-9:.]+ (INFO|DEBUG)"
