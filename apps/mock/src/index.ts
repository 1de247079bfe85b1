export type { ApiName } from "./apis.js";
export { type Mock, type MockOptions, type Mocks, type MocksOptions, startMock, startMocks } from "./mock.js";
export {
  type SendWebhookOptions,
  SIGNATURE_HEADER,
  sendWebhook,
  signWebhookBody,
  type WebhookDelivery,
  type WebhookSource,
  webhookEvents,
  webhookPayload,
} from "./webhooks.js";
