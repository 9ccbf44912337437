#!/usr/bin/env bash
# Compatibility check latency (package dev.bindery.registry.compat). p50/p99 of a FULL/STRICT check on the 9 corpus
# event schemas (exported to JSON Schema 2020-12) against randomly edited copies, and on a pathological schema
# (1,000 properties, 55 levels, 40-branch oneOf, recursive $ref); Jackson readTree of the same two documents is the
# baseline measured in the same run. Also times the refusal of an exponential reference structure.
# See registry-service/src/test/java/dev/bindery/registry/compat/CompatBenchmark.java.
#
#   bench/compat.sh [warmupRounds] [measuredRounds]      # 5 and 20 by default
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl registry-service -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -Xms512m -Xmx512m -cp "registry-service/target/test-classes:registry-service/target/classes:$(cat "$cp_file")" \
  dev.bindery.registry.compat.CompatBenchmark schemas/src/main/resources/corpus "${1:-5}" "${2:-20}"
