#!/usr/bin/env bash
# End-to-end ingestion benchmark (issue: schema discovery). PutEvents over HTTP, batches of 10
# events of about 1 KB over five event kinds, against the embedded default with discovery on; /ping
# of the same server is the baseline in the same run. Load from wrk (apt-get install wrk).
#
#   bench/ingest.sh            # DURATION=20s CONNECTIONS=16 THREADS=2 by default
#
# Prints events/s (10 per request), p50/p99 latency, the rate relative to /ping's request rate,
# and the server's resident memory (RSS) under the load.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18081}
command -v wrk >/dev/null || { echo "ingest.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

BINDERY_ACCESS_LOG=WARN
source bench/server.sh

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency "${@:2}"; }
rate() { awk '/^Requests\/sec/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }

echo "warming up..."
run 10s -s bench/putevents.lua "$base/" >/dev/null
ping_out=$(run "$DURATION" "$base/ping")
put_out=$(run "$DURATION" -s bench/putevents.lua "$base/")
rss_kb=$(ps -o rss= -p "$server")

put_rate=$(rate <<<"$put_out"); ping_rate=$(rate <<<"$ping_out")
printf '\n%-22s %12s %10s %10s\n' measure "per second" p50 p99
printf '%-22s %12s %10s %10s\n' "/ping requests" "$ping_rate" "$(pct 50% <<<"$ping_out")" "$(pct 99% <<<"$ping_out")"
printf '%-22s %12s %10s %10s\n' "PutEvents requests" "$put_rate" "$(pct 50% <<<"$put_out")" "$(pct 99% <<<"$put_out")"
python3 -c "import sys; r=float(sys.argv[1]); print(f'events/s = {r*10:.0f}; PutEvents requests / ping requests = {r/float(sys.argv[2]):.2f}')" "$put_rate" "$ping_rate"
echo "server RSS under load: $((rss_kb / 1024)) MB"
errors=$(grep -h 'Non-2xx' <<<"$ping_out$put_out" || true)
[ -z "$errors" ] || { echo "errors during the run: $errors" >&2; exit 1; }
