#!/usr/bin/env bash
# Codegen benchmarks in one run: generation throughput (Bindery codegen vs jsonschema2pojo 1.3.3, schemas/s)
# and marshalling throughput (generated records vs Jackson readTree + writeValueAsBytes, MB/s) over the
# reference corpus. See codegen/src/test/java/dev/bindery/codegen/CodegenBenchmark.java.
#
# Usage: bench/codegen.sh [minimumWarmupRounds] [measuredRounds]      (defaults 5 and 10; warm-up goes on until
# the JIT compiler has settled, see CodegenBenchmark.warmUp)
set -euo pipefail
cd "$(dirname "$0")/.."

classpath_file="$PWD/codegen/target/bench.classpath"
./mvnw -B -q -pl codegen test-compile dependency:build-classpath \
    -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test

# Each part in a fresh JVM: neither inherits the other's JIT profile.
for part in generation marshalling; do
    java -Xms1g -Xmx1g \
        -cp "codegen/target/test-classes:codegen/target/classes:$(cat "$classpath_file")" \
        dev.bindery.codegen.CodegenBenchmark schemas/src/main/resources/corpus "${1:-5}" "${2:-10}" "$part"
done
