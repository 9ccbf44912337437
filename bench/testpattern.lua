-- wrk script for bench/patterns.sh: TestEventPattern requests over a few patterns (numeric, prefix, $or,
-- anything-but), each answered by a freshly compiled event-ruler machine.
local event = '{\\"id\\":\\"1\\",\\"account\\":\\"000000000000\\",\\"source\\":\\"com.bench.s7\\",' ..
  '\\"time\\":\\"2026-01-01T00:00:00Z\\",\\"region\\":\\"us-east-1\\",\\"resources\\":[],' ..
  '\\"detail-type\\":\\"Kind 7\\",\\"detail\\":{\\"orderId\\":\\"o-1\\",\\"total\\":150.5,\\"status\\":\\"PAID\\"}}'
local patterns = {
  '{\\"source\\":[\\"com.bench.s7\\"],\\"detail\\":{\\"total\\":[{\\"numeric\\":[\\">\\",100]}]}}',
  '{\\"source\\":[{\\"prefix\\":\\"com.bench\\"}],\\"detail-type\\":[\\"Kind 7\\"]}',
  '{\\"$or\\":[{\\"detail\\":{\\"status\\":[\\"PAID\\"]}},{\\"detail\\":{\\"total\\":[{\\"numeric\\":[\\"<\\",0]}]}}]}',
  '{\\"detail\\":{\\"status\\":[{\\"anything-but\\":[\\"CANCELLED\\",\\"REFUNDED\\"]}]}}'
}
local n = 0
request = function()
  n = n + 1
  local body = '{"EventPattern":"' .. patterns[(n % #patterns) + 1] .. '","Event":"' .. event .. '"}'
  return wrk.format("POST", "/", {
    ["Content-Type"] = "application/x-amz-json-1.1",
    ["X-Amz-Target"] = "AWSEvents.TestEventPattern"
  }, body)
end
