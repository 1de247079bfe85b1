import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
# Get 100 hourly candles
resp = requests.get(f"{BASE}/market/candles",
headers={"X-API-Key": API_KEY},
params={"interval": "1h", "limit": 100})
candles = resp.json()
for c in candles[-3:]:
    print(f"{c['timestamp']} O:{c['open']} H:{c['high']} L:{c['low']} C:{c['close']}")
