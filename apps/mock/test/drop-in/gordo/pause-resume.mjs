const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";
const paused = await fetch(`${BASE}/strategies/5/pause`, {
  method: "POST",
  headers: { "X-API-Key": API_KEY },
});
const resumed = await fetch(`${BASE}/strategies/5/resume`, {
  method: "POST",
  headers: { "X-API-Key": API_KEY },
});
if (!paused.ok || !resumed.ok) throw new Error(`API error ${paused.status} ${resumed.status}`);
