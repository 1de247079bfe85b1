import crypto from "crypto";

const API_KEY = "grd_live_your_key_here";
const BASE = "https://api.gordotrader.com/v1";
// Create a webhook
const webhook = await fetch(`${BASE}/webhooks/`, {
  method: "POST",
  headers: { "X-API-Key": API_KEY, "Content-Type": "application/json" },
  body: JSON.stringify({
    name: "My Trading Alerts",
    url: "https://my-server.com/gordo-webhook",
    events: ["signal.created", "order.filled"],
  }),
}).then((r) => r.json());
console.log(`Secret: ${webhook.secret}`); // Save this!

// Verify signatures in your Express handler:
function verifySignature(payload, signature, secret) {
  const expected = crypto.createHmac("sha256", secret).update(payload).digest("hex");
  return signature === `sha256=${expected}`;
}
