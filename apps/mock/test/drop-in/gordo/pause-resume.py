import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
# Pause strategy #5
paused = requests.post(f"{BASE}/strategies/5/pause",
headers={"X-API-Key": API_KEY})
# Resume later
resumed = requests.post(f"{BASE}/strategies/5/resume",
headers={"X-API-Key": API_KEY})
paused.raise_for_status()
resumed.raise_for_status()
