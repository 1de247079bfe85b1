import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.get(f"{BASE}/market/regime",
headers={"X-API-Key": API_KEY})
regime = resp.json()
print(f"Regime: {regime['regime']} Score: {regime['score']}/100")
