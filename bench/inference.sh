#!/usr/bin/env bash
# Inference benchmark (issue: schema discovery). Folds a realistic mixed stream of ~1 KB EventBridge
# events with the inference engine and parses the same bytes with Jackson readTree, alternating
# rounds in one JVM; prints MB/s and events/s of both and their ratio.
#
#   bench/inference.sh [events] [rounds]      # 20000 events, 10 rounds by default
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl registry-service -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "registry-service/target/test-classes:registry-service/target/classes:$(cat "$cp_file")" \
  dev.bindery.registry.discovery.inference.InferenceBenchmark "${1:-20000}" "${2:-10}"
