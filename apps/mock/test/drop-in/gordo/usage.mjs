const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";
const resp = await fetch(`${BASE}/account/usage`, {
  headers: { "X-API-Key": API_KEY },
});
console.log(await resp.json());
