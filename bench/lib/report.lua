-- wrk script shared by both endpoints of bench/plan-preview.sh.
--   BENCH_METHOD     GET (default) or POST
--   BENCH_BODY_FILE  file sent as the JSON body (POST only)
--   BENCH_LABEL      name printed on the result line
-- It counts responses outside 2xx per thread and prints one line that the
-- shell script parses:
--   RESULT label=... requests=... rps=... p50_ms=... p90_ms=... p99_ms=... max_ms=... non2xx=... socket_errors=...

local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY_FILE")
local label = os.getenv("BENCH_LABEL") or "endpoint"

wrk.method = method
wrk.headers["Accept"] = "application/json"
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  responses = 0
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total, seen = 0, 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
    seen = seen + thread:get("responses")
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  -- latency is in microseconds
  io.write(string.format(
    "RESULT label=%s requests=%d responses=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    label, summary.requests, seen, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    non2xx_total, socket_errors))
end
