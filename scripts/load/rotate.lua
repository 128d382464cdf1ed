-- wrk script of scripts/bench-load: rotates over a list of requests, one per line of the file given
-- after "--" ("METHOD path [body]"), each thread starting at its own place, with the bearer token of
-- LOAD_TOKEN (when set); done() prints one parseable line:
-- RESULT requests=N seconds=S rps=R p50_ms=A p90_ms=B p99_ms=C max_ms=D non2xx=E connect=F read=G write=H timeout=I
local threads = {}
local counter = 1

function setup(thread)
  thread:set("offset", #threads * 97)
  table.insert(threads, thread)
end

local requests = {}

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  local headers = { ["Accept"] = "application/json" }
  local token = os.getenv("LOAD_TOKEN")
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  for line in file:lines() do
    local method, path, body = line:match("^(%u+) (%S+) ?(.*)$")
    if method then
      local h = {}
      for k, v in pairs(headers) do h[k] = v end
      if body == "" then
        body = nil
      else
        h["Content-Type"] = "application/json"
      end
      table.insert(requests, wrk.format(method, path, h, body))
    end
  end
  file:close()
  assert(#requests > 0, "no request in " .. args[1])
  counter = (offset or 0) % #requests + 1
end

function request()
  local r = requests[counter]
  counter = counter % #requests + 1
  return r
end

function done(summary, latency, requests_)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
