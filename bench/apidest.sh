#!/usr/bin/env bash
# POST /v1/events benchmark (API destinations, issue 17): events/s of one EventBridge envelope of about
# 1 KB per request, each with an id of its own (bench/apidest.lua), against /ping's request rate in the
# same run, with wrk, on the embedded default, and the server's CPU time per request of each (which other
# load on a shared machine disturbs less). This is the /v1/events part of bench/replay.sh, alone.
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

# The server's CPU time (user + system, clock ticks) so far: CPU per request is a measure that other
# load on a shared machine disturbs far less than the request rate.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base/ping" >/dev/null
ping_cpu=$(cpu_ticks)
ping_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$base/ping")
ping_cpu=$(( $(cpu_ticks) - ping_cpu ))
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/apidest.lua "$base/" >/dev/null
put_cpu=$(cpu_ticks)
put_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/apidest.lua "$base/")
put_cpu=$(( $(cpu_ticks) - put_cpu ))
ping_rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$ping_out")
put_rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$put_out")
ping_count=$(awk '/requests in/ {print $1}' <<<"$ping_out")
put_count=$(awk '/requests in/ {print $1}' <<<"$put_out")

python3 - "$put_rate" "$ping_rate" "$put_cpu" "$put_count" "$ping_cpu" "$ping_count" "$(getconf CLK_TCK)" <<'PY'
import sys
put, ping = float(sys.argv[1]), float(sys.argv[2])
put_cpu, put_count, ping_cpu, ping_count, tick = (int(a) for a in sys.argv[3:])
put_us, ping_us = put_cpu / tick * 1e6 / put_count, ping_cpu / tick * 1e6 / ping_count
print(f"POST /v1/events    : {put:.0f} events/s; /ping {ping:.0f} requests/s; ratio {put/ping:.3f}")
print(f"server CPU/request : {put_us:.0f} us per event; /ping {ping_us:.0f} us; ratio {ping_us/put_us:.3f}")
PY
echo "load average       : $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
errors=$(grep -h 'Non-2xx' <<<"$ping_out$put_out" || true)
[ -z "$errors" ] || { echo "errors during the run: $errors" >&2; exit 1; }
