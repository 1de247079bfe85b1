const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";
const result = await fetch(`${BASE}/risk/kill-switch`, {
  method: "POST",
  headers: { "X-API-Key": API_KEY },
}).then((r) => r.json());
// { kill_switch_active: true, action: "activated" }
console.log(result);
