import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.get(f"{BASE}/market/price",
headers={"X-API-Key": API_KEY})
price = resp.json()
print(f"BTC: ${price['price']:,.2f} ({price['change_24h_pct']:+.2f}%)")
