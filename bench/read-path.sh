#!/usr/bin/env bash
# Read-path benchmark. Measures DescribeSchema of the latest version against the embedded default
# (H2), with /ping, a trivial endpoint of the same server, as the baseline; and the same DescribeSchema
# against a second server with authentication on, signed with SigV4 and with a bearer token, as ratios
# of the unauthenticated rate. Both servers run side by side and the measurements interleave in short
# rounds, so that drift of the machine falls on every side alike. Load from wrk (Debian package wrk)
# over loopback.
#
#   bench/read-path.sh            # WARMUP=20s per side, then ROUNDS=6 of ROUND=5s per side, CONNECTIONS=32
#                                 # THREADS=2; AUTH=0: no auth part
#
# Prints requests/s per side (mean over the rounds) with p50/p99 of its last round, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-6}
ROUND=${ROUND:-5s}
WARMUP=${WARMUP:-20s}
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
errors() { ! grep -h 'Non-2xx' <<<"$1" >&2 || { echo "errors during the run" >&2; exit 1; }; }
mean() { python3 -c "import sys; v=[float(x) for x in sys.argv[1:]]; print(f'{sum(v)/len(v):.0f}')" "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }

# Creates the benchmark's registry and schema on $base; curl options (credentials) in "$@".
fixture() {
  curl -sf "$@" -X POST "$base/v1/registries/name/bench" >/dev/null
  content=$(python3 -c 'import json,sys; print(json.dumps({"Type":"OpenApi3","Content":open(sys.argv[1]).read()}))' \
    registry-service/src/test/resources/samples/order-placed.openapi.json)
  curl -sf "$@" -X POST "$base/v1/registries/name/bench/schemas/name/com.acme.orders%40OrderPlaced" \
    -H 'Content-Type: application/json' -d "$content" >/dev/null
  echo "$base/v1/registries/name/bench/schemas/name/com.acme.orders%40OrderPlaced"
}

start_registry "$PORT" BINDERY_AUTH=off
ping="$base/ping"
describe=$(fixture)
sides=(ping describe)
declare -A args=([ping]="$ping" [describe]="$describe")
if [ "$AUTH" = 1 ]; then
  start_registry $((PORT + 1)) BINDERY_AUTH=on BINDERY_ADMIN_ACCESS_KEY_ID=$KEY_ID BINDERY_ADMIN_SECRET_ACCESS_KEY=$SECRET
  signed_describe=$(fixture -u "$KEY_ID:$SECRET")
  token=$(curl -sf -u "$KEY_ID:$SECRET" -X POST "$base/v1/principals/name/admin/tokens" -d '{}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["Token"])')
  # one request signed now and replayed: valid for 15 minutes, verified in full on every request
  mapfile -t signed < <(python3 bench/sigv4-sign.py "$signed_describe" "$KEY_ID" "$SECRET" us-east-1 schemas)
  sides+=(sigv4 bearer)
fi

declare -A rates last
echo "warming up (JIT, connection pools)..."
for side in "${sides[@]}"; do
  case $side in
    sigv4) run "$WARMUP" "$signed_describe" -H "${signed[0]}" -H "${signed[1]}" >/dev/null ;;
    bearer) run "$WARMUP" "$signed_describe" -H "Authorization: Bearer $token" >/dev/null ;;
    *) run "$WARMUP" "${args[$side]}" >/dev/null ;;
  esac
done
for round in $(seq 1 "$ROUNDS"); do
  for side in "${sides[@]}"; do
    case $side in
      sigv4) out=$(run "$ROUND" "$signed_describe" -H "${signed[0]}" -H "${signed[1]}") ;;
      bearer) out=$(run "$ROUND" "$signed_describe" -H "Authorization: Bearer $token") ;;
      *) out=$(run "$ROUND" "${args[$side]}") ;;
    esac
    errors "$out"
    rates[$side]="${rates[$side]:-} $(rate <<<"$out")"
    last[$side]=$out
  done
done

printf '\n%-24s %12s %10s %10s\n' side "requests/s" p50 p99
declare -A means
for side in "${sides[@]}"; do
  # shellcheck disable=SC2086
  means[$side]=$(mean ${rates[$side]})
  printf '%-24s %12s %10s %10s\n' "$side" "${means[$side]}" "$(pct 50% <<<"${last[$side]}")" "$(pct 99% <<<"${last[$side]}")"
done
echo "DescribeSchema / ping = $(ratio "${means[describe]}" "${means[ping]}")"
[ "$AUTH" = 1 ] || exit 0
echo "SigV4 / unauthenticated = $(ratio "${means[sigv4]}" "${means[describe]}")  (target >= 0.8)"
echo "bearer / unauthenticated = $(ratio "${means[bearer]}" "${means[describe]}")  (target >= 0.8)"
echo "per round: describe${rates[describe]} | sigv4${rates[sigv4]} | bearer${rates[bearer]}"
