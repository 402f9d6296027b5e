-- wrk script: a mixed read load rotating over the public pages' API calls.
-- Reads the ids to use from the file named by JIEBANG_BENCH_IDS (written by load.sh): lines
-- "challenge <id>", "lab <id>", "query <text>", "mine <id>" (the signed-in firm's own challenges, whose
-- matches it may read); the kinds of request come from JIEBANG_BENCH_MIX
-- (comma-separated: list, detail, labs, search, matches). JIEBANG_BENCH_MATCHES_PATH is the matches
-- path with {id} for a challenge id; JIEBANG_BENCH_TOKEN a bearer token sent on matches requests.

local challenges, labs, queries, mine = {}, {}, {}, {}
local file = assert(io.open(os.getenv("JIEBANG_BENCH_IDS"), "r"))
for line in file:lines() do
  local kind, value = line:match("^(%S+) (.+)$")
  if kind == "challenge" then table.insert(challenges, value)
  elseif kind == "lab" then table.insert(labs, value)
  elseif kind == "query" then table.insert(queries, value)
  elseif kind == "mine" then table.insert(mine, value) end
end
file:close()

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local matches_path = os.getenv("JIEBANG_BENCH_MATCHES_PATH") or "/api/challenges/{id}/matches"
local token = os.getenv("JIEBANG_BENCH_TOKEN")
local accept = { ["Accept"] = "application/json", ["Accept-Encoding"] = "gzip" }
local authorized = { ["Accept"] = "application/json", ["Accept-Encoding"] = "gzip" }
if token and token ~= "" then authorized["Authorization"] = "Bearer " .. token end

local makers = {
  list = function(n)
    return wrk.format("GET", "/api/challenges?page=" .. (n % 3 + 1) .. "&size=20", accept)
  end,
  detail = function(n)
    return wrk.format("GET", "/api/challenges/" .. challenges[n % #challenges + 1], accept)
  end,
  labs = function(n)
    if #labs == 0 or n % 2 == 0 then return wrk.format("GET", "/api/labs?page=1&size=20", accept) end
    return wrk.format("GET", "/api/labs/" .. labs[n % #labs + 1], accept)
  end,
  search = function(n)
    return wrk.format("GET", "/api/search/challenges?q=" .. urlencode(queries[n % #queries + 1]), accept)
  end,
  matches = function(n)
    local own = #mine > 0 and mine or challenges
    local path = matches_path:gsub("{id}", own[n % #own + 1])
    return wrk.format("GET", path, authorized)
  end,
}

local mix = {}
for kind in (os.getenv("JIEBANG_BENCH_MIX") or "list,detail,labs"):gmatch("[^,]+") do
  local maker = makers[kind]
  if not maker then error("unknown request kind " .. kind) end
  table.insert(mix, maker)
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

local n = 0
function request()
  n = n + 1
  local i = n + (offset or 0)
  return mix[i % #mix + 1](math.floor(i / #mix))
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d status_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, e.status))
end
