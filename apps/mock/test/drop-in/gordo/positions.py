import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.get(f"{BASE}/positions",
headers={"X-API-Key": API_KEY},
params={"mode": "live"})
for pos in resp.json():
    pnl = pos.get("unrealized_pnl", 0)
    print(f"{pos['strategy_name']} {pos['side']} {pos['size']} @ {pos['entry_price']} PnL: ${pnl:+.2f}")
