#!/usr/bin/env bash
# Latency of the policy decision point in process (DecisionBenchmark, JMH sample mode, one thread):
# prints the percentiles, p99 among them, in microseconds per decision.
set -euo pipefail
cd "$(dirname "$0")/../.."
compliance/bench/jmh.sh DecisionBenchmark
