-- wrk script for bench/patterns.sh: pattern lint requests against discovered-schemas (500 schemas), over
-- patterns that name one schema, a prefix of sources, and a misspelt field.
local patterns = {
  '{\\"source\\":[\\"com.bench.s7\\"],\\"detail-type\\":[\\"Kind 7\\"],\\"detail\\":{\\"total\\":[{\\"numeric\\":[\\">\\",100]}]}}',
  '{\\"source\\":[{\\"prefix\\":\\"com.bench.s1\\"}],\\"detail\\":{\\"status\\":[\\"PAID\\"]}}',
  '{\\"source\\":[\\"com.bench.s42\\"],\\"detail\\":{\\"totl\\":[{\\"numeric\\":[\\">\\",1]}]}}'
}
local n = 0
request = function()
  n = n + 1
  local body = '{"EventBusName":"default","EventPattern":"' .. patterns[(n % #patterns) + 1] .. '"}'
  return wrk.format("POST", "/v1/patterns/lint", { ["Content-Type"] = "application/json" }, body)
end
