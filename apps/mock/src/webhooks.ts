import { createHmac } from "node:crypto";
import { child, listOperations, sampleOf } from "@tradespec/openapi-operations";
import { apiProfiles } from "./apis.js";
import { bundlePath, type Description, isObject, readDescription } from "./description.js";

export const SIGNATURE_HEADER = "X-Gordo-Signature";
const DELIVERY_TIMEOUT_MS = 10_000;

export interface WebhookSource {
  /** A Gordo description file to read the events from instead of the bundle. */
  readonly document?: string;
}

export interface SendWebhookOptions extends WebhookSource {
  /** One of `webhookEvents()`, e.g. "signal.created". */
  readonly event: string;
  /** The receiver's URL. */
  readonly to: string;
  /** The webhook's HMAC secret, as returned once by `POST /webhooks/`. */
  readonly secret: string;
}

export interface WebhookDelivery {
  readonly event: string;
  /** The receiver's HTTP status. */
  readonly status: number;
  readonly ok: boolean;
  /** What the receiver answered. */
  readonly responseBody: string;
  /** The exact bytes sent, and their signature header value. */
  readonly body: string;
  readonly signature: string;
}

/** The Gordo webhook events the description documents, in its order. */
export function webhookEvents(source: WebhookSource = {}): string[] {
  return Object.keys(webhooksOf(loadGordo(source)));
}

/** The example payload the description gives for an event (`sampleOf` its JSON request body). */
export function webhookPayload(event: string, source: WebhookSource = {}): unknown {
  const description = loadGordo(source);
  const webhooks = webhooksOf(description);
  if (!Object.hasOwn(webhooks, event)) {
    throw new Error(`Unknown webhook event "${event}". Valid events: ${Object.keys(webhooks).join(", ")}.`);
  }
  const delivery = listOperations(description, "webhooks").find(
    (operation) => operation.path === event && operation.method === "post",
  );
  const content = delivery?.requestBody && child(description, delivery.requestBody, "content");
  const media = content && child(description, content, "application/json");
  const example = media && sampleOf(description, media);
  if (example === undefined) {
    throw new Error(`The description gives no application/json example for the webhook event "${event}".`);
  }
  return example.value;
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as Gordo signs every delivery. */
export function signWebhookBody(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** POSTs an event's example payload to a receiver, signed as the real service signs it. */
export async function sendWebhook(options: SendWebhookOptions): Promise<WebhookDelivery> {
  if (options.secret === "") throw new Error("The webhook secret must not be empty.");
  const target = receiverUrl(options.to);
  const body = JSON.stringify(webhookPayload(options.event, options));
  const signature = signWebhookBody(body, options.secret);
  let response: Response;
  try {
    response = await fetch(target, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [SIGNATURE_HEADER]: signature,
        "user-agent": "tradespec-mock",
      },
      body,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new Error(`Could not deliver ${options.event} to ${target.href}: ${cause}`);
  }
  return {
    event: options.event,
    status: response.status,
    ok: response.ok,
    responseBody: await response.text(),
    body,
    signature,
  };
}

function receiverUrl(to: string): URL {
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    throw new Error(
      `Invalid receiver URL "${to}": expected an absolute http(s) URL such as http://127.0.0.1:9000/hook.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`Invalid receiver URL "${to}": only http and https are supported.`);
  }
  return url;
}

function loadGordo(source: WebhookSource): Description {
  return readDescription(source.document ?? bundlePath(apiProfiles.gordo));
}

function webhooksOf(description: Description): Record<string, unknown> {
  const webhooks = description.webhooks;
  if (!isObject(webhooks) || Object.keys(webhooks).length === 0) {
    throw new Error("The Gordo description has no webhooks section yet.");
  }
  return webhooks;
}
