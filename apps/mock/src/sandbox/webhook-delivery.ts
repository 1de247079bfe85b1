import { isIP } from "node:net";

/** One attempt to deliver a webhook, in the words of a delivery log. */
export interface DeliveryAttempt {
  /** The receiver's status; null when no answer arrived. */
  readonly statusCode: number | null;
  readonly responseTimeMs: number | null;
  /** Why it failed (refused host, connection error, timeout, non-2xx status); null on success. */
  readonly error: string | null;
  readonly deliveredAt: Date;
}

export interface DeliveryOptions {
  /** Send to any host; otherwise only to loopback addresses. */
  readonly anyHost: boolean;
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * POSTs a webhook body to a receiver and reports the attempt; never throws. By default only loopback receivers
 * (`localhost`, 127.0.0.0/8, ::1) are sent anything, so that a mock never makes requests to hosts the user did not
 * allow.
 */
export async function deliverWebhook(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  options: DeliveryOptions,
): Promise<DeliveryAttempt> {
  const deliveredAt = new Date();
  const refused = (error: string): DeliveryAttempt => ({
    statusCode: null,
    responseTimeMs: null,
    error,
    deliveredAt,
  });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return refused(`Not delivered: "${url}" is not an absolute URL`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    return refused(`Not delivered: ${target.protocol} URLs are not supported, only http and https`);
  }
  if (!options.anyHost && !isLoopbackHost(target.hostname)) {
    return refused(
      `Not delivered: ${target.hostname} is not a loopback address (start the mock with --webhooks-to-any-host to allow it)`,
    );
  }
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "tradespec-mock", ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return {
      statusCode: response.status,
      responseTimeMs: elapsed(),
      error: response.ok ? null : `Receiver answered ${response.status}`,
      deliveredAt,
    };
  } catch (error) {
    const reason = error as Error & { cause?: Error };
    const message =
      reason.name === "TimeoutError"
        ? `Timeout after ${timeoutMs} ms`
        : (reason.cause?.message ?? reason.message);
    return { statusCode: null, responseTimeMs: null, error: message, deliveredAt };
  }
}

/** `localhost`, 127.0.0.0/8 or ::1 (URL hostnames keep IPv6 brackets). */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1" || host === "::ffff:127.0.0.1";
}
