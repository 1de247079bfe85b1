import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.post(f"{BASE}/risk/kill-switch",
headers={"X-API-Key": API_KEY})
print(resp.json())
