-- GET /api/v1/model-versions?tag=tN&tag=tM: two random tags of the thirty, both required;
-- three of the four pair shapes co-occur on about 1,700 versions each, the fourth matches none
math.randomseed(os.time())
request = function()
  local a = math.random(0, 29)
  local b = (a + ({7, 13, 6, 11})[math.random(1, 4)]) % 30
  return wrk.format("GET", string.format("/api/v1/model-versions?tag=t%d&tag=t%d", a, b))
end
