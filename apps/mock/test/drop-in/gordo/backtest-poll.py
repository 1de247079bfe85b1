import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
import time
# Submit backtest
resp = requests.post(f"{BASE}/research/backtest",
headers={"X-API-Key": API_KEY},
json={"template_name": "mean_reversion", "days": 180,
"parameters": {"lookback_period": 20}})
job_id = resp.json()["job_id"]
# Poll for results
while True:
    status = requests.get(f"{BASE}/research/backtest/{job_id}",
    headers={"X-API-Key": API_KEY}).json()
    print(f"Status: {status['status']} Progress: {status.get('progress', 0)}%")
    if status["status"] in ("completed", "failed"):
        break
    time.sleep(3)
# Get results
results = requests.get(f"{BASE}/research/backtest/{job_id}/results",
headers={"X-API-Key": API_KEY}).json()
print(f"Sharpe: {results['sharpe_ratio']} PnL: {results['total_pnl_pct']}%")
