#!/usr/bin/env bash
# Read-path benchmark. Measures DescribeSchema of the latest version against the embedded default
# (H2), with /ping, a trivial endpoint of the same server, as the baseline in the same run; then the
# same DescribeSchema against a server with authentication on, signed with SigV4 and with a bearer
# token, as ratios of the unauthenticated rate measured in this run. Load from wrk (Debian package
# wrk) over loopback.
#
#   bench/read-path.sh            # DURATION=20s CONNECTIONS=32 THREADS=2 by default; AUTH=0 skips the auth part
#
# Prints requests/s and p50/p99 latency for each, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
AUTH=${AUTH:-1}
KEY_ID=BKIABENCHADMIN000001
SECRET=bench-secret-0123456789-abcdefghijklmnopq
command -v wrk >/dev/null || { echo "read-path.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

SERVER_MANUAL=1 source bench/server.sh

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency "${@:2}"; }
rate() { awk '/^Requests\/sec/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }
row() { printf '%-24s %12s %10s %10s\n' "$1" "$(rate <<<"$2")" "$(pct 50% <<<"$2")" "$(pct 99% <<<"$2")"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
errors() { ! grep -h 'Non-2xx' <<<"$1" >&2 || { echo "errors during the run" >&2; exit 1; }; }

# Creates the benchmark's registry and schema; curl options (credentials) in "$@".
fixture() {
  curl -sf "$@" -X POST "$base/v1/registries/name/bench" >/dev/null
  content=$(python3 -c 'import json,sys; print(json.dumps({"Type":"OpenApi3","Content":open(sys.argv[1]).read()}))' \
    registry-service/src/test/resources/samples/order-placed.openapi.json)
  curl -sf "$@" -X POST "$base/v1/registries/name/bench/schemas/name/com.acme.orders%40OrderPlaced" \
    -H 'Content-Type: application/json' -d "$content" >/dev/null
  describe="$base/v1/registries/name/bench/schemas/name/com.acme.orders%40OrderPlaced"
}

start_registry BINDERY_AUTH=off
fixture
echo "warming up (JIT, connection pools)..."
run 10s "$base/ping" >/dev/null
run 10s "$describe" >/dev/null
ping_out=$(run "$DURATION" "$base/ping")
describe_out=$(run "$DURATION" "$describe")
errors "$ping_out$describe_out"
stop_registry

printf '\n%-24s %12s %10s %10s\n' endpoint "requests/s" p50 p99
row "/ping" "$ping_out"
row "DescribeSchema" "$describe_out"
echo "DescribeSchema / ping = $(ratio "$(rate <<<"$describe_out")" "$(rate <<<"$ping_out")")"
[ "$AUTH" = 1 ] || exit 0

start_registry BINDERY_AUTH=on BINDERY_ADMIN_ACCESS_KEY_ID=$KEY_ID BINDERY_ADMIN_SECRET_ACCESS_KEY=$SECRET
fixture -u "$KEY_ID:$SECRET"
token=$(curl -sf -u "$KEY_ID:$SECRET" -X POST "$base/v1/principals/name/admin/tokens" -d '{}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["Token"])')
mapfile -t signed < <(python3 bench/sigv4-sign.py "$describe" "$KEY_ID" "$SECRET" us-east-1 schemas)
sigv4=(-H "${signed[0]}" -H "${signed[1]}")
bearer=(-H "Authorization: Bearer $token")
echo "warming up the authenticated server..."
run 10s "$describe" "${sigv4[@]}" >/dev/null
run 10s "$describe" "${bearer[@]}" >/dev/null
sigv4_out=$(run "$DURATION" "$describe" "${sigv4[@]}")
bearer_out=$(run "$DURATION" "$describe" "${bearer[@]}")
errors "$sigv4_out$bearer_out"

row "DescribeSchema SigV4" "$sigv4_out"
row "DescribeSchema bearer" "$bearer_out"
echo "SigV4 / unauthenticated = $(ratio "$(rate <<<"$sigv4_out")" "$(rate <<<"$describe_out")")  (target >= 0.8)"
echo "bearer / unauthenticated = $(ratio "$(rate <<<"$bearer_out")" "$(rate <<<"$describe_out")")  (target >= 0.8)"
