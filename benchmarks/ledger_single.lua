-- One posting per request, for benchmarks/ledger.sh, run by wrk (a C client, as pgbench is for the baseline):
--   wrk -t 2 -c CLIENTS -d SECONDS -s benchmarks/ledger_single.lua BASE -- TOKEN RUN ACCOUNTS PREFIX
-- Each request moves 1 USD between two of the run's accounts (BENCH:BANK:<RUN><i>:USD) under an Idempotency-Key of
-- its own; every tenth request of a thread replays an earlier key of that thread with the same body, and is not
-- counted as a posting. Prints: single <postings per second> <replays> <failed requests> <requests> (a request
-- still in flight when the time is up is neither answered nor counted).

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  token, run, accounts, prefix = args[1], args[2], tonumber(args[3]), args[4]
  n, replays, failures, sent = 0, 0, 0, {}
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

local function transfer(a, b)
  return string.format('{"valueDate":"2020-10-05","description":"benchmark transfer","lines":['
    .. '{"account":"BENCH:BANK:%s%d:USD","side":"DEBIT","amount":1,"currency":"USD"},'
    .. '{"account":"BENCH:BANK:%s%d:USD","side":"CREDIT","amount":1,"currency":"USD"}]}', run, a, run, b)
end

function request()
  n = n + 1
  local key, body
  if n % 10 == 0 and #sent > 0 then
    local earlier = sent[math.floor(#sent / 2) + 1]
    key, body = earlier[1], earlier[2]
    replays = replays + 1
  else
    local a = (id + n) % accounts
    local b = (a + 1 + n % (accounts - 1)) % accounts
    key = prefix .. "-" .. id .. "-" .. n
    body = transfer(a, b)
    sent[#sent + 1] = { key, body }
  end
  headers["Idempotency-Key"] = key
  return wrk.format("POST", "/api/v1/ledger/postings", headers, body)
end

function response(status, response_headers, body)
  if status >= 300 then
    failures = failures + 1
    if failures == 1 then
      io.stderr:write("first failed posting: " .. status .. " " .. string.sub(body, 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local replayed, failed = 0, 0
  for _, thread in ipairs(threads) do
    replayed = replayed + thread:get("replays")
    failed = failed + thread:get("failures")
  end
  local errors = summary.errors
  failed = failed + errors.connect + errors.read + errors.write + errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("single %.1f %d %d %d\n", (summary.requests - replayed) / seconds, replayed, failed,
    summary.requests))
end
