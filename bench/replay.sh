#!/usr/bin/env bash
# Bulk replay benchmark (issue 17 item 3). Generates an NDJSON archive of realistic EventBridge events
# (about 1 KB each, nested details, three sources, four detail-types), times the inference engine folding
# the same bytes in one JVM (bench/inference.sh's measure: the baseline), then replays the archive to a
# running registry with POST /v1/events/ndjson (embedded default, discovery on) and reports MB/s, the
# ratio to the engine, and the server's resident memory while it replays. In the same run, POST /v1/events
# (API destinations, one envelope per request) events/s against /ping's request rate, with wrk.
#
# Both sides are measured the same way, at steady state: the engine's figure is its best of five rounds
# after a warm-up round in one JVM; the replay's is the best of ROUNDS replays of the archive after one
# replay that warms the server up (its compiler keeps working through the first few hundred megabytes).
# The first replay's rate is printed too: it is what a server just started does.
#
#   bench/replay.sh            # MEGABYTES=200 ROUNDS=3 DURATION=15s CONNECTIONS=16 THREADS=2 by default
set -euo pipefail
cd "$(dirname "$0")/.."

MEGABYTES=${MEGABYTES:-200}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18082}
command -v wrk >/dev/null || { echo "replay.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

BINDERY_ACCESS_LOG=WARN
source bench/server.sh

work=$(mktemp -d)
data_dirs+=("$work")
cp_file="$work/cp.txt"
./mvnw -B -q -pl registry-service -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
archive="$work/archive.ndjson"
engine_out=$(java -Xmx3g -cp "registry-service/target/test-classes:registry-service/target/classes:$(cat "$cp_file")" \
  dev.bindery.registry.discovery.inference.ReplayArchive "$archive" "$MEGABYTES" 5)
echo "$engine_out" | grep -v '=' || true
engine_mb_s=$(sed -n 's/^engine_mb_s=//p' <<<"$engine_out")
bytes=$(sed -n 's/^archive_bytes=//p' <<<"$engine_out")

replay() {
  curl -sS -o "$work/summary.json" -w '%{time_total}' -T "$1" -X POST -H 'Content-Type: application/x-ndjson' \
    "$base/v1/events/ndjson"
}

rate() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6 / float(sys.argv[2]):.1f}')" "$bytes" "$1"; }

( while kill -0 "$server" 2>/dev/null; do ps -o rss= -p "$server"; sleep 0.2; done ) >"$work/rss.txt" &
sampler=$!
first=$(replay "$archive")
echo "first replay (warm-up): $(rate "$first") MB/s"
seconds=
for round in $(seq 1 "$ROUNDS"); do
  took=$(replay "$archive")
  echo "replay $round: $(rate "$took") MB/s"
  if [ -z "$seconds" ] || python3 -c "import sys; sys.exit(not float(sys.argv[1]) < float(sys.argv[2]))" "$took" "$seconds"; then
    seconds=$took
  fi
done
kill "$sampler" 2>/dev/null || true
rss_max=$(sort -n "$work/rss.txt" | tail -1)
accepted=$(python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print(s['AcceptedCount'], s['LineCount'], s['FailedCount'])" "$work/summary.json")

ping_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$base/ping")
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/apidest.lua "$base/" >/dev/null
put_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/apidest.lua "$base/")
ping_rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$ping_out")
put_rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$put_out")

python3 - "$bytes" "$seconds" "$engine_mb_s" "$rss_max" "$accepted" "$put_rate" "$ping_rate" "$first" "$ROUNDS" <<'PY'
import sys
size, seconds, engine, rss, (accepted, lines, failed), put, ping, first, rounds = \
    int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5].split(), \
    float(sys.argv[6]), float(sys.argv[7]), float(sys.argv[8]), int(sys.argv[9])
replay = size / 1e6 / seconds
print(f"NDJSON replay      : {size/1e6:.1f} MB in {seconds:.2f} s = {replay:.1f} MB/s, best of {rounds} "
      f"({lines} lines, {accepted} accepted, {failed} failed in the last)")
print(f"first replay       : {size/1e6/first:.1f} MB/s ({size/1e6/first/engine:.2f} of the engine), the server just started")
print(f"inference engine   : {engine:.1f} MB/s on the same bytes (best of 5 rounds, one JVM)")
print(f"replay / engine    : {replay/engine:.2f}")
print(f"server RSS (max)   : {rss/1024:.0f} MB while replaying (-Xmx512m)")
print(f"POST /v1/events    : {put:.0f} events/s; /ping {ping:.0f} requests/s; ratio {put/ping:.2f}")
PY
errors=$(grep -h 'Non-2xx' <<<"$ping_out$put_out" || true)
[ -z "$errors" ] || { echo "errors during the run: $errors" >&2; exit 1; }
