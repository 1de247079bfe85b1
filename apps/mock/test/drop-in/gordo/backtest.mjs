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

// Submit backtest
const job = await fetch(`${BASE}/research/backtest`, {
  method: "POST",
  headers: { "X-API-Key": API_KEY, "Content-Type": "application/json" },
  body: JSON.stringify({
    template_name: "mean_reversion",
    days: 180,
    parameters: { lookback_period: 20 },
  }),
}).then((r) => r.json());

// Poll for results
const poll = async () => {
  const status = await gordoGet(`/research/backtest/${job.job_id}`);
  console.log(`Status: ${status.status} Progress: ${status.progress || 0}%`);
  if (!["completed", "failed"].includes(status.status)) {
    setTimeout(poll, 3000);
  } else {
    const results = await gordoGet(`/research/backtest/${job.job_id}/results`);
    console.log(`Sharpe: ${results.sharpe_ratio}`);
  }
};
poll();
