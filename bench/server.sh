# Sourced by the benchmark scripts: builds the registry and starts it on the embedded default in a
# temporary data directory, on $PORT, with the access log off; stops it and cleans up on exit.
# Sets $base (the server's URL) and $server (its pid). JVM options for the server can be added in
# $BINDERY_JAVA_OPTS, e.g. BINDERY_JAVA_OPTS=-XX:StartFlightRecording=duration=30s,filename=/tmp/ingest.jfr
# BINDERY_JAR=path runs that jar instead of building one (to compare two builds in one session).
# A script that sets SERVER_MANUAL=1 before sourcing starts servers itself with
# start_registry PORT [VAR=value ...] (which sets $base and $server); all are stopped on exit.
[ -n "${BINDERY_JAR:-}" ] || ./mvnw -B -q -pl registry-service -am -DskipTests package

servers=()
data_dirs=()
trap 'for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "${data_dirs[@]}"' EXIT

start_registry() {
  local port=$1; shift
  local data; data=$(mktemp -d)
  env BINDERY_DATA_DIR="$data" BINDERY_PORT="$port" BINDERY_ACCESS_LOG=${BINDERY_ACCESS_LOG:-INFO} "$@" \
    java -Xms512m -Xmx512m ${BINDERY_JAVA_OPTS:-} -jar "${BINDERY_JAR:-registry-service/target/bindery-registry.jar}" \
    >"$data/server.log" 2>&1 &
  server=$!
  servers+=("$server")
  data_dirs+=("$data")
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do curl -sf "$base/ping" >/dev/null && break; sleep 0.5; done
  curl -sf "$base/ping" >/dev/null || { echo "the registry did not start; see $data/server.log" >&2; exit 1; }
}

[ -n "${SERVER_MANUAL:-}" ] || start_registry "$PORT"
