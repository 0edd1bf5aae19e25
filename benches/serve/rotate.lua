-- wrk script: rotates over the URLs in $NEWSGRAPH_URLS (a file, one path a line), asks for SPARQL JSON,
-- counts answers by status, and prints one machine-readable summary line at the end.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("NEWSGRAPH_URLS")) do
    if line ~= "" then table.insert(paths, line) end
  end
  i = math.random(#paths)
  statuses = {}
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept"] = "application/sparql-results+json" })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do
      total[k] = (total[k] or 0) + v
    end
  end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, k .. "=" .. v) end
  table.sort(parts)
  io.write(string.format(
    "SUMMARY requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_errors=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ",")))
end
