-- GET /api/v1/models/bench-NNNN@production for a random one of the 1,000 seeded models
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/api/v1/models/bench-%04d@production", math.random(0, 999)))
end
