-- wrk script for bench/replay.sh: POST /v1/events, one EventBridge envelope of about 1 KB per request as
-- an API destination delivers it, each with an envelope id of its own (a repeated id would be answered
-- as a duplicate without being ingested).
local kinds = { "Order Placed", "Order Shipped", "Payment Captured", "Stock Adjusted" }
local counter = 0
local prefix = ""

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  prefix = string.format("%d-%d", os.time(), tid)
end

request = function()
  counter = counter + 1
  local kind = kinds[(counter % #kinds) + 1]
  local body = string.format('{"version":"0","id":"%s-%d","detail-type":"%s","source":"com.bench.apidest",' ..
    '"account":"111122223333","time":"2026-01-01T00:00:00Z","region":"eu-west-1","resources":[],' ..
    '"detail":{"orderId":"o-%d","total":%d.5,"currency":"EUR","customer":{"id":"c-%d","email":"c%d@example.com"},' ..
    '"lines":[{"sku":"A","qty":%d}],"placedAt":"2026-01-01T10:00:00Z","note":"%s"}}',
    prefix, counter, kind, counter, counter % 97, counter % 13, counter, counter % 5 + 1, string.rep("n", 650))
  return wrk.format("POST", "/v1/events", { ["Content-Type"] = "application/json" }, body)
end
