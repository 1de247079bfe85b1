import { created, integerParameter, ok } from "../sandbox/answers.js";
import type { ResourceModule, SandboxCall } from "../sandbox/types.js";
import { notFound } from "./errors.js";
import { type GordoState, newSecret, type StoredWebhook } from "./state.js";

interface WebhookChanges {
  name?: string;
  url?: string;
  events?: string[];
  active?: boolean;
}

/** Webhooks: created with a fresh id and secret (shown once), updated, deleted, with their delivery log. */
export const webhooks: ResourceModule<GordoState> = {
  listWebhooks: ({ state }) => ok(state.webhooks.map(publicView)),

  createWebhook: ({ state, body, sandbox }) => {
    const request = body as Required<Omit<WebhookChanges, "active">>;
    const webhook: StoredWebhook = {
      id: state.ids.webhook.next(),
      name: request.name,
      url: request.url,
      events: request.events,
      active: true,
      created_at: sandbox.now().toISOString(),
      secret: newSecret(),
      deliveries: [],
      queue: Promise.resolve(),
    };
    state.webhooks.push(webhook);
    return created({ ...publicView(webhook), secret: webhook.secret });
  },

  updateWebhook: (call) => {
    const webhook = findWebhook(call);
    if (!webhook) return notFound("Webhook");
    Object.assign(webhook, call.body as WebhookChanges);
    return ok(publicView(webhook));
  },

  deleteWebhook: (call) => {
    const webhook = findWebhook(call);
    if (!webhook) return notFound("Webhook");
    call.state.webhooks = call.state.webhooks.filter((other) => other !== webhook);
    return ok({ status: "deleted", webhook_id: webhook.id });
  },

  listWebhookDeliveries: (call) => {
    const webhook = findWebhook(call);
    return webhook ? ok(webhook.deliveries) : notFound("Webhook");
  },
};

function findWebhook({ state, path }: SandboxCall<GordoState>): StoredWebhook | undefined {
  const id = integerParameter(path, "webhook_id");
  return state.webhooks.find((webhook) => webhook.id === id);
}

/** A webhook as the API shows it: never its secret or its deliveries. */
function publicView({ secret: _secret, deliveries: _deliveries, queue: _queue, ...webhook }: StoredWebhook) {
  return webhook;
}
