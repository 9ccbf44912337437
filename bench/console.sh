#!/usr/bin/env bash
# Console render-time benchmark, one run. Against the embedded default (H2, authentication off): a
# registry of 1,000 schemas and a schema of 200 versions, then, each with wrk for DURATION on
# CONNECTIONS connections after a WARMUP, the latency (p50, p99) of
#   - the console's registry page (its first 50 schemas, the schema count and the rule) against the
#     JSON calls that return the same data: ListSchemas (Limit 50) and GetRegistryCompatibility;
#   - the console's schema page (latest version, 100 newest versions, rule, recorded judgement)
#     against DescribeSchema, ListSchemaVersions (Limit 100), GetSchemaCompatibility and
#     GetVersionCompatibility.
# The JSON side's figure is the sum of its calls' percentiles (what a client making them one after
# the other waits). The console requests carry one session cookie, as a browser does.
#
#   bench/console.sh          # WARMUP=10s, DURATION=15s, CONNECTIONS=4, THREADS=2, PORT=18090
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}
PORT=${PORT:-18090}
command -v wrk >/dev/null || { echo "console.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

BINDERY_ACCESS_LOG=OFF source bench/server.sh

echo "fixture: 1,000 schemas and a schema of 200 versions ..." >&2
python3 - "$base" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
def content(n):
    props = {f"field{i}": {"type": "string"} for i in range(12)}
    props[f"added{n}"] = {"type": "integer", "description": f"added in version {n}"}
    return json.dumps({"openapi": "3.0.0", "info": {"title": "Bench", "version": str(n)}, "paths": {},
                       "components": {"schemas": {"Bench": {"type": "object", "properties": props}}}})
call("POST", "/v1/registries/name/bench", {})
for i in range(1000):
    call("POST", f"/v1/registries/name/bench/schemas/name/com.bench%40Event{i:04d}",
         {"Type": "OpenApi3", "Content": content(0)})
call("POST", "/v1/registries/name/bench/schemas/name/com.bench%40Versions",
     {"Type": "OpenApi3", "Content": content(1), "Description": "version 1"})
for n in range(2, 201):
    call("PUT", "/v1/registries/name/bench/schemas/name/com.bench%40Versions",
         {"Content": content(n), "Description": f"version {n}"})
PY

cookie=$(curl -sf -D - -o /dev/null "$base/console" | awk -F'[ ;]' 'tolower($1) == "set-cookie:" {print $2}')
schema="com.bench%40Versions"
declare -A urls=(
  [console-registry]="$base/console/registries/bench"
  [json-list-schemas]="$base/v1/registries/name/bench/schemas?limit=50"
  [json-registry-rule]="$base/v1/registries/name/bench/compatibility"
  [console-schema]="$base/console/registries/bench/schemas/$schema"
  [json-describe]="$base/v1/registries/name/bench/schemas/name/$schema"
  [json-versions]="$base/v1/registries/name/bench/schemas/name/$schema/versions?limit=100"
  [json-schema-rule]="$base/v1/registries/name/bench/schemas/name/$schema/compatibility"
  [json-judgement]="$base/v1/registries/name/bench/schemas/name/$schema/version/200/compatibility"
)
order=(console-registry json-list-schemas json-registry-rule console-schema json-describe json-versions
       json-schema-rule json-judgement)
for side in "${order[@]}"; do
  curl -sf -o /dev/null -H "Cookie: $cookie" "${urls[$side]}" || { echo "$side: ${urls[$side]} failed" >&2; exit 1; }
done

# p50 and p99 in ms of one side, after its warm-up
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" "$1" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$1")
  ! grep -q 'Non-2xx' <<<"$out" || { echo "errors measuring $1" >&2; echo "$out" >&2; exit 1; }
  python3 - "$out" <<'PY'
import re, sys
text = sys.argv[1]
def ms(p):
    value, unit = re.search(rf"^\s*{p}%\s+([\d.]+)(us|ms|s)", text, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
print(f"{ms(50):.2f} {ms(99):.2f}")
PY
}

declare -A p50 p99
for side in "${order[@]}"; do
  read -r p50[$side] p99[$side] < <(measure "${urls[$side]}")
  printf '%-20s p50 %7.2f ms   p99 %7.2f ms\n' "$side" "${p50[$side]}" "${p99[$side]}"
done
sum() { python3 -c "import sys; print(f'{sum(float(x) for x in sys.argv[1:]):.2f}')" "$@"; }
echo
echo "registry page (1,000 schemas): console p50 ${p50[console-registry]} / p99 ${p99[console-registry]} ms;" \
  "JSON calls p50 $(sum "${p50[json-list-schemas]}" "${p50[json-registry-rule]}") / p99 $(sum "${p99[json-list-schemas]}" "${p99[json-registry-rule]}") ms"
echo "schema page (200 versions):    console p50 ${p50[console-schema]} / p99 ${p99[console-schema]} ms;" \
  "JSON calls p50 $(sum "${p50[json-describe]}" "${p50[json-versions]}" "${p50[json-schema-rule]}" "${p50[json-judgement]}") / p99 $(sum "${p99[json-describe]}" "${p99[json-versions]}" "${p99[json-schema-rule]}" "${p99[json-judgement]}") ms"
