# Checks webhook deliveries with the verification function from the Gordo documentation, unchanged.
# Reads [{"body_base64": ..., "signature": ...}, ...] and the secret on stdin; prints one true/false per delivery.
import base64, hashlib, hmac, json, sys

def verify_signature(payload_bytes, signature, secret):
    expected = hmac.new(secret.encode(), payload_bytes,
    hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={expected}", signature)

request = json.load(sys.stdin)
for delivery in request["deliveries"]:
    body = base64.b64decode(delivery["body_base64"])
    print(json.dumps(verify_signature(body, delivery["signature"], request["secret"])))
