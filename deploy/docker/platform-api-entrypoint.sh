#!/bin/sh
# The API container's entry point: what deploy/run-api does, for the image. The class-data-sharing archive
# goes into the data directory (a volume): created on the first start, it cuts later starts by about a third.
# A training pod does not come through here: its command (java -jar ... train-worker) replaces the entry point.
set -eu
DATA_DIR=${MERIDIAN_DATA_DIR:-/var/lib/meridian}
mkdir -p "$DATA_DIR/cds"
# MERIDIAN_JAVA_OPTS is split on blanks on purpose: several JVM options in one variable.
# shellcheck disable=SC2086
exec java -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$DATA_DIR/cds/meridian-api.jsa" \
  ${MERIDIAN_JAVA_OPTS:-} -jar /app/meridian-platform.jar "$@"
