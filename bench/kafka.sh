#!/usr/bin/env bash
# Kafka tap benchmark (issue 17): a topic of ~400-byte JSON records over six partitions on a real
# broker (started from the Kafka artifacts, as the tests do) is read by a plain KafkaConsumer (the
# baseline, in the same run), then by one registry process and by two in one consumer group, on one
# embedded PostgreSQL. Prints records/s of each and the ratio to the plain consumer.
#
#   bench/kafka.sh [records] [one]   # 200000 records by default; "one": skip the two-instance run
#   WARMUP=3000000 bench/kafka.sh    # records the registries read first, to reach their steady rate
#   BINDERY_KAFKA_FOLD_THREADS=1 bench/kafka.sh   # the registries' fold threads (default: one per core, at most 4)
#   BINDERY_JAVA_OPTS="-XX:StartFlightRecording=filename=tap.jfr" bench/kafka.sh   # profile the registry
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl registry-service -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -Dbench.warm-up="${WARMUP:-3000000}" -cp "registry-service/target/test-classes:registry-service/target/classes:$(cat "$cp_file")" \
  dev.bindery.registry.tap.kafka.KafkaTapBenchmark "${1:-200000}" ${2:-}
