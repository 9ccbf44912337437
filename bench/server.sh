# Sourced by the benchmark scripts: builds the registry and starts it on the embedded default in a
# temporary data directory, on $PORT, with the access log off; stops it and cleans up on exit.
# Sets $base (the server's URL) and $server (its pid). JVM options for the server can be added in
# $BINDERY_JAVA_OPTS, e.g. BINDERY_JAVA_OPTS=-XX:StartFlightRecording=duration=30s,filename=/tmp/ingest.jfr
# A script that sets SERVER_MANUAL=1 before sourcing starts and stops servers itself with
# start_registry [VAR=value ...] and stop_registry, e.g. to compare two configurations in one run.
./mvnw -B -q -pl registry-service -am -DskipTests package

start_registry() {
  data=$(mktemp -d)
  env BINDERY_DATA_DIR="$data" BINDERY_PORT="$PORT" BINDERY_ACCESS_LOG=${BINDERY_ACCESS_LOG:-INFO} "$@" \
    java -Xms512m -Xmx512m ${BINDERY_JAVA_OPTS:-} -jar registry-service/target/bindery-registry.jar \
    >"$data/server.log" 2>&1 &
  server=$!
  trap 'stop_registry' EXIT
  base="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do curl -sf "$base/ping" >/dev/null && break; sleep 0.5; done
  curl -sf "$base/ping" >/dev/null || { echo "the registry did not start; see $data/server.log" >&2; exit 1; }
}

stop_registry() {
  kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"
}

[ -n "${SERVER_MANUAL:-}" ] || start_registry
