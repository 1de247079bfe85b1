export type { RawBody, SignatureCheck, SignatureFailureReason } from "./webhooks/signature.js";
export { signWebhookBody, verifyWebhookSignature } from "./webhooks/signature.js";
