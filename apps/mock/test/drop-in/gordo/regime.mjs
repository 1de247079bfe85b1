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

const regime = await gordoGet("/market/regime");
console.log(`Regime: ${regime.regime} Score: ${regime.score}/100`);
