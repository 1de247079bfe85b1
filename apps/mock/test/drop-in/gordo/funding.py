import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.get(f"{BASE}/market/funding",
headers={"X-API-Key": API_KEY},
params={"hours": 72})
for r in resp.json()[-5:]:
    print(f"{r['timestamp']} rate={r['funding_rate']:.6f}")
