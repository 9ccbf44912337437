#!/usr/bin/env bash
# Event pattern benchmark (issue 16). Against the embedded default with 500 discovered schemas (500 event kinds
# sent with PutEvents and discovered): the pattern lint's latency (p50, p99) and request rate, and TestEventPattern's
# request rate, with /ping of the same server as the baseline in the same run. Load from wrk (apt-get install wrk).
#
#   bench/patterns.sh            # DURATION=15s CONNECTIONS=8 THREADS=2 SCHEMAS=500 by default
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
SCHEMAS=${SCHEMAS:-500}
PORT=${PORT:-18086}
command -v wrk >/dev/null || { echo "patterns.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

BINDERY_ACCESS_LOG=WARN
SERVER_MANUAL=1
source bench/server.sh
start_registry "$PORT" BINDERY_DISCOVERY_VERSION_WINDOW=0s

echo "sending events of $SCHEMAS kinds..."
python3 - "$base" "$SCHEMAS" <<'PY'
import json, sys, urllib.request
base, kinds = sys.argv[1], int(sys.argv[2])
def put(entries):
    body = json.dumps({"Entries": entries}).encode()
    req = urllib.request.Request(base + "/", body, {"Content-Type": "application/x-amz-json-1.1",
                                                   "X-Amz-Target": "AWSEvents.PutEvents"})
    answer = json.load(urllib.request.urlopen(req))
    assert answer["FailedEntryCount"] == 0, answer
batch = []
for k in range(kinds):
    detail = {"orderId": "o-%d" % k, "total": 10.5 + k, "status": ["PAID", "PLACED"][k % 2],
              "customer": {"id": "c-%d" % k, "tier": "gold"}, "field%d" % k: k}
    batch.append({"Source": "com.bench.s%d" % k, "DetailType": "Kind %d" % k, "Detail": json.dumps(detail)})
    if len(batch) == 10:
        put(batch)
        batch = []
if batch:
    put(batch)
PY
count=$(python3 - "$base" "$SCHEMAS" <<'PY'
import json, sys, time, urllib.request
base, want = sys.argv[1], int(sys.argv[2])
def count():
    n, token = 0, None
    while True:
        url = base + "/v1/registries/name/discovered-schemas/schemas?limit=100" + ("&nextToken=" + token if token else "")
        page = json.load(urllib.request.urlopen(url))
        n += len(page.get("Schemas", []))
        token = page.get("NextToken")
        if not token:
            return n
for _ in range(240):
    n = count()
    if n >= want:
        break
    time.sleep(0.5)
print(n)
PY
)
echo "discovered schemas: $count"

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency "${@:2}"; }
rate() { awk '/^Requests\/sec/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }

echo "warming up..."
run 10s -s bench/lint.lua "$base/" >/dev/null
run 10s -s bench/testpattern.lua "$base/" >/dev/null
ping_out=$(run "$DURATION" "$base/ping")
test_out=$(run "$DURATION" -s bench/testpattern.lua "$base/")
lint_out=$(run "$DURATION" -s bench/lint.lua "$base/")

printf '\n%-26s %12s %10s %10s\n' measure "per second" p50 p99
printf '%-26s %12s %10s %10s\n' "/ping" "$(rate <<<"$ping_out")" "$(pct 50% <<<"$ping_out")" "$(pct 99% <<<"$ping_out")"
printf '%-26s %12s %10s %10s\n' "TestEventPattern" "$(rate <<<"$test_out")" "$(pct 50% <<<"$test_out")" "$(pct 99% <<<"$test_out")"
printf '%-26s %12s %10s %10s\n' "lint ($count schemas)" "$(rate <<<"$lint_out")" "$(pct 50% <<<"$lint_out")" "$(pct 99% <<<"$lint_out")"
python3 -c "import sys; t,p=float(sys.argv[1]),float(sys.argv[2]); print(f'TestEventPattern requests / ping requests = {t/p:.2f}')" \
  "$(rate <<<"$test_out")" "$(rate <<<"$ping_out")"
errors=$(grep -h 'Non-2xx' <<<"$ping_out$test_out$lint_out" || true)
[ -z "$errors" ] || { echo "errors during the run: $errors" >&2; exit 1; }
