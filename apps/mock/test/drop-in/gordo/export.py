import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.get(f"{BASE}/analytics/export",
headers={"X-API-Key": API_KEY},
params={"format": "csv", "days": 90})
with open("gordo_trades.csv", "w") as f:
    f.write(resp.text)
print("Exported to gordo_trades.csv")
