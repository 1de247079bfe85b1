import requests
API_KEY = "grd_live_your_key_here"
BASE = "https://api.gordotrader.com/v1"
import hmac, hashlib
# Create a webhook
resp = requests.post(f"{BASE}/webhooks/",
headers={"X-API-Key": API_KEY},
json={
"name": "My Trading Alerts",
"url": "https://my-server.com/gordo-webhook",
"events": ["signal.created", "order.filled"]
})
webhook = resp.json()
print(f"Webhook ID: {webhook['id']}")
print(f"Secret (save this!): {webhook['secret']}")
# Verify webhook signatures in your receiver:
def verify_signature(payload_bytes, signature, secret):
    expected = hmac.new(secret.encode(), payload_bytes,
    hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={expected}", signature)
