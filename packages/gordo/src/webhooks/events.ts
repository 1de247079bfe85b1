import { webhookEventTypes } from "../generated/operations.js";
import type { webhooks } from "../generated/schema.js";
import { type RawBody, type SignatureFailureReason, verifyWebhookSignature } from "./signature.js";

type WebhookPayloadOf<Name extends keyof webhooks> = webhooks[Name] extends {
  post: { requestBody?: { content: { "application/json": infer Payload } } };
}
  ? Payload
  : never;

/** Any Gordo webhook delivery: a union discriminated by `event`. */
export type GordoWebhookEvent = { [Name in keyof webhooks]: WebhookPayloadOf<Name> }[keyof webhooks];

/** `"signal.created"`, `"order.filled"`, ... */
export type GordoWebhookEventType = GordoWebhookEvent["event"];

/** The payload of one event type: `GordoWebhookEventOf<"order.filled">["data"]`. */
export type GordoWebhookEventOf<Type extends GordoWebhookEventType> = Extract<
  GordoWebhookEvent,
  { event: Type }
>;

export type WebhookErrorReason =
  | SignatureFailureReason
  | "invalid-json"
  | "invalid-envelope"
  | "unknown-event";

/** Why a webhook delivery was refused; `reason` is stable for code, `message` is for people. */
export class WebhookError extends Error {
  override readonly name = "WebhookError";
  constructor(
    readonly reason: WebhookErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** The event types as plain strings, to look one up; a list, not a Set, so that bundles without webhooks drop it. */
const KNOWN_EVENTS: readonly string[] = webhookEventTypes;

/**
 * Verifies the `X-Gordo-Signature` of a delivery, then parses it into a typed event.
 * Checks the envelope (`event`, `timestamp`, `data`), not every field of `data`: the signature vouches for it.
 *
 * @throws {WebhookError} for a missing, malformed or wrong signature, a body that is not JSON, a bad envelope,
 * or an event type this version does not know.
 */
export async function parseWebhookEvent(
  rawBody: RawBody,
  header: string | null | undefined,
  secret: string,
): Promise<GordoWebhookEvent> {
  const check = await verifyWebhookSignature(rawBody, header, secret);
  if (!check.valid) throw new WebhookError(check.reason, check.message);

  const text = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new WebhookError("invalid-json", "webhook body is not valid JSON");
  }
  return checkEnvelope(payload);
}

function checkEnvelope(payload: unknown): GordoWebhookEvent {
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
    throw new WebhookError(
      "invalid-envelope",
      "webhook body must be a JSON object with event, timestamp and data",
    );
  }
  const { event, timestamp, data } = payload as Record<string, unknown>;
  if (typeof event !== "string") {
    throw new WebhookError("invalid-envelope", 'webhook field "event" must be a string');
  }
  if (!KNOWN_EVENTS.includes(event)) {
    throw new WebhookError(
      "unknown-event",
      `unknown webhook event "${event}"; expected one of ${KNOWN_EVENTS.join(", ")}`,
    );
  }
  if (typeof timestamp !== "string" || Number.isNaN(Date.parse(timestamp))) {
    throw new WebhookError(
      "invalid-envelope",
      'webhook field "timestamp" must be an ISO 8601 date-time string',
    );
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new WebhookError("invalid-envelope", 'webhook field "data" must be an object');
  }
  return payload as GordoWebhookEvent;
}
