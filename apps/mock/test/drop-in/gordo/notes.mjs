const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";
const resp = await fetch(`${BASE}/analytics/notes`, {
  method: "POST",
  headers: { "X-API-Key": API_KEY, "Content-Type": "application/json" },
  body: JSON.stringify({
    content: "Took profit early due to funding rate spike",
    package_id: 5,
    tags: ["funding", "early-exit"],
  }),
});
if (!resp.ok) throw new Error(`API error ${resp.status}`);
