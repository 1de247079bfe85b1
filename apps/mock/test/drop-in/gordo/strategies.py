import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.get(f"{BASE}/strategies/",
headers={"X-API-Key": API_KEY},
params={"active_only": True})
for s in resp.json():
    print(f"{s['display_name']} state={s['state']} mode={s['trading_mode']}")
