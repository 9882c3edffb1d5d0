#!/usr/bin/env bash
# PII scan throughput per core, all recognizers on, mixed multilingual text (PiiScanBenchmark, JMH,
# one thread). Prints JMH's result and the figure in MB/s (4 MB of UTF-8 text per operation).
set -euo pipefail
cd "$(dirname "$0")/../.."
compliance/bench/jmh.sh PiiScanBenchmark
awk '/scanAllRecognizers/ && $2 == "thrpt" {printf "PII scan throughput: %.1f MB/s per core (%.2f scans/s of 4 MB)\n", $4 * 4, $4}' \
  compliance/target/PiiScanBenchmark.txt
