import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
resp = requests.post(f"{BASE}/analytics/notes",
headers={"X-API-Key": API_KEY},
json={
"content": "Took profit early due to funding rate spike",
"package_id": 5,
"tags": ["funding", "early-exit"]
})
resp.raise_for_status()
