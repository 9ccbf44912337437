#!/usr/bin/env bash
# Read-path benchmark (issue: registry core). Measures DescribeSchema of the latest version against
# the embedded default (H2), and /ping, a trivial endpoint of the same server, as the baseline in
# the same run. The load generator is wrk (Debian package wrk) over loopback.
#
#   bench/read-path.sh            # DURATION=20s CONNECTIONS=32 by default
#
# Prints requests/s and p50/p99 latency for both, and DescribeSchema's rate as a share of /ping's.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "read-path.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

source bench/server.sh
curl -sf -X POST "$base/v1/registries/name/bench" >/dev/null
content=$(python3 -c 'import json,sys; print(json.dumps({"Type":"OpenApi3","Content":open(sys.argv[1]).read()}))' registry-service/src/test/resources/samples/order-placed.openapi.json)
curl -sf -X POST "$base/v1/registries/name/bench/schemas/name/com.acme.orders%40OrderPlaced" \
  -H 'Content-Type: application/json' -d "$content" >/dev/null
describe="$base/v1/registries/name/bench/schemas/name/com.acme.orders%40OrderPlaced"

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency "$2"; }
rate() { awk '/^Requests\/sec/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }

echo "warming up (JIT, connection pools)..."
run 10s "$base/ping" >/dev/null
run 10s "$describe" >/dev/null

ping_out=$(run "$DURATION" "$base/ping")
describe_out=$(run "$DURATION" "$describe")

ping_rate=$(rate <<<"$ping_out"); describe_rate=$(rate <<<"$describe_out")
printf '\n%-16s %12s %10s %10s\n' endpoint "requests/s" p50 p99
printf '%-16s %12s %10s %10s\n' "/ping" "$ping_rate" "$(pct 50% <<<"$ping_out")" "$(pct 99% <<<"$ping_out")"
printf '%-16s %12s %10s %10s\n' "DescribeSchema" "$describe_rate" "$(pct 50% <<<"$describe_out")" "$(pct 99% <<<"$describe_out")"
python3 -c "import sys; print(f'DescribeSchema / ping = {float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$describe_rate" "$ping_rate"
errors=$(grep -h 'Non-2xx' <<<"$ping_out$describe_out" || true)
[ -z "$errors" ] || { echo "errors during the run: $errors" >&2; exit 1; }
