export { ApiError, isApiError, type RateLimiter, throwOnError, unwrap } from "@tradespec/client-kit";
export { createGordoClient, GORDO_BASE_URL, type GordoClient, type GordoClientOptions } from "./client.js";
export type { components, operations, paths, webhooks } from "./generated/schema.js";
export { type GordoTier, gordoRateLimiter, type RateLimit, TIER_RATE_LIMITS } from "./rate-limits.js";
export {
  type BacktestJob,
  type BacktestRequest,
  type BacktestResults,
  type ExperimentDetail,
  type JobOptions,
  type OptimizationRequest,
  ResearchJobError,
  runBacktest,
  runOptimization,
  waitForBacktest,
} from "./research-jobs.js";
export { exportTradesCsv } from "./trades-export.js";
export {
  type GordoWebhookEvent,
  type GordoWebhookEventOf,
  type GordoWebhookEventType,
  parseWebhookEvent,
  WebhookError,
  type WebhookErrorReason,
} from "./webhooks/events.js";
export {
  type RawBody,
  type SignatureCheck,
  type SignatureFailureReason,
  signWebhookBody,
  verifyWebhookSignature,
} from "./webhooks/signature.js";
