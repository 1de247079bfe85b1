import type { SandboxContext } from "../sandbox/types.js";
import { deliverWebhook } from "../sandbox/webhook-delivery.js";
import { SIGNATURE_HEADER, signWebhookBody } from "../webhooks.js";
import type { GordoState } from "./state.js";

/**
 * Sends an event to every active webhook of the sandbox that subscribed to it, signed with the webhook's secret
 * exactly as the real service signs, and logs each attempt in the webhook's deliveries (newest first).
 */
export function emitEvent(state: GordoState, sandbox: SandboxContext, event: string, data: unknown): void {
  const body = JSON.stringify({ event, timestamp: sandbox.now().toISOString(), data });
  for (const webhook of state.webhooks) {
    if (!webhook.active || !webhook.events.includes(event)) continue;
    webhook.queue = webhook.queue.then(async () => {
      const attempt = await deliverWebhook(
        webhook.url,
        body,
        { [SIGNATURE_HEADER]: signWebhookBody(body, webhook.secret) },
        { anyHost: sandbox.options.webhooksToAnyHost },
      );
      webhook.deliveries.unshift({
        id: state.ids.delivery.next(),
        event,
        status_code: attempt.statusCode,
        response_time_ms: attempt.responseTimeMs,
        error: attempt.error,
        delivered_at: attempt.deliveredAt.toISOString(),
      });
      sandbox.changed();
      if (attempt.error !== null)
        sandbox.log(`webhook ${webhook.id} ${event} -> ${webhook.url}: ${attempt.error}`);
    });
  }
}
