#!/usr/bin/env bash
# POST /v1/events benchmark (API destinations, issue 17): events/s of one EventBridge envelope of about
# 1 KB per request, each with an id of its own (bench/apidest.lua), against /ping's request rate in the
# same run, with wrk, on the embedded default. This is the /v1/events part of bench/replay.sh, alone.
# To compare two builds in one session, point BINDERY_JAR at a jar built before (no build then).
#
#   bench/apidest.sh                                   # DURATION=15s CONNECTIONS=16 THREADS=2
#   BINDERY_JAR=/tmp/before.jar bench/apidest.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18083}
command -v wrk >/dev/null || { echo "apidest.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

BINDERY_ACCESS_LOG=WARN
source bench/server.sh
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base/ping" >/dev/null
ping_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$base/ping")
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/apidest.lua "$base/" >/dev/null
put_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/apidest.lua "$base/")
ping_rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$ping_out")
put_rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$put_out")

python3 - "$put_rate" "$ping_rate" <<'PY'
import sys
put, ping = float(sys.argv[1]), float(sys.argv[2])
print(f"POST /v1/events    : {put:.0f} events/s; /ping {ping:.0f} requests/s; ratio {put/ping:.3f}")
PY
echo "load average       : $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
errors=$(grep -h 'Non-2xx' <<<"$ping_out$put_out" || true)
[ -z "$errors" ] || { echo "errors during the run: $errors" >&2; exit 1; }
