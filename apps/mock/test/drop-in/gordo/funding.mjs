const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";

async function gordoGet(path, params = {}) {
  const url = new URL(`${BASE}${path}`);
  Object.entries(params).forEach(([k, v]) => url.searchParams.set(k, v));
  const resp = await fetch(url, {
    headers: { "X-API-Key": API_KEY },
  });
  if (resp.status === 429) {
    console.warn("Rate limited — back off and retry");
    return null;
  }
  if (!resp.ok) throw new Error(`API error ${resp.status}`);
  return resp.json();
}

const funding = await gordoGet("/market/funding", { hours: "72" });
funding.slice(-5).forEach((r) => console.log(`${r.timestamp} rate=${r.funding_rate}`));
