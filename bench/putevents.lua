-- wrk script for bench/ingest.sh: PutEvents requests of 10 events of about 1 KB, rotating over
-- several event kinds so discovery folds into several schemas, as a real bus does.
local kinds = { "Order Placed", "Order Shipped", "Payment Captured", "Stock Adjusted", "Customer Updated" }
local bodies = {}

local function detail(i, k)
  local note = string.rep("n", 700)
  return string.format('{\\"orderId\\":\\"o-%d\\",\\"kind\\":%d,\\"total\\":%d.5,\\"currency\\":\\"EUR\\",' ..
    '\\"customer\\":{\\"id\\":\\"c-%d\\",\\"email\\":\\"c%d@example.com\\"},\\"lines\\":[{\\"sku\\":\\"A\\",\\"qty\\":%d}],' ..
    '\\"placedAt\\":\\"2026-01-01T10:00:00Z\\",\\"note\\":\\"%s\\"}', i, k, i % 97, i % 13, i, i % 5 + 1, note)
end

for b = 1, 50 do
  local entries = {}
  local k = (b % #kinds) + 1
  for i = 1, 10 do
    entries[i] = string.format('{"Source":"com.bench.shop","DetailType":"%s","Detail":"%s"}', kinds[k], detail(b * 10 + i, k))
  end
  bodies[b] = '{"Entries":[' .. table.concat(entries, ",") .. ']}'
end

local n = 0
request = function()
  n = n + 1
  local body = bodies[(n % #bodies) + 1]
  return wrk.format("POST", "/", {
    ["Content-Type"] = "application/x-amz-json-1.1",
    ["X-Amz-Target"] = "AWSEvents.PutEvents"
  }, body)
end
