const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";
const result = await fetch(`${BASE}/positions/42/close`, {
  method: "POST",
  headers: { "X-API-Key": API_KEY },
}).then((r) => r.json());
// { status: "flatten_signal_emitted", position_id: 42 }
console.log(result);
