import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.get(f"{BASE}/analytics/trades",
headers={"X-API-Key": API_KEY},
params={"days": 30})
trades = resp.json()
wins = [t for t in trades if t["pnl"] and t["pnl"] > 0]
losses = [t for t in trades if t["pnl"] and t["pnl"] < 0]
print(f"Trades: {len(trades)} Win rate: {len(wins)}/{len(wins)+len(losses)}")
print(f"Total PnL: ${sum(t['pnl'] for t in trades if t['pnl']):,.2f}")
