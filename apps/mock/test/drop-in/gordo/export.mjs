import fs from "fs";

const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";
const resp = await fetch(`${BASE}/analytics/export?format=csv&days=90`, {
  headers: { "X-API-Key": API_KEY },
});
fs.writeFileSync("gordo_trades.csv", await resp.text());
