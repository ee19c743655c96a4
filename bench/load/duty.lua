-- Duty questions that vary the product, the day and the known-at day, so each request computes a stack.
local hs = { "8505.11", "2805.30", "7208.10", "8471.30", "8703.80", "6110.20", "8542.31", "9503.00", "3004.90", "8517.13", "0201.10", "1201.90" }
local dates = { "2025-02-10", "2025-03-05", "2025-04-12", "2025-05-20", "2025-06-09", "2025-08-15", "2025-11-20", "2026-01-15", "2026-03-01", "2026-06-30" }
local known = { "", "&knownAt=2025-06-30", "&knownAt=2025-12-31" }
local n = 0
request = function()
  n = n + 1
  local path = "/api/duty?importer=US&origin=CN&value=1000&hs=" .. hs[(n % #hs) + 1]
    .. "&date=" .. dates[(n % #dates) + 1] .. known[(n % #known) + 1]
  return wrk.format("GET", path)
end
