export { ApiError, isApiError, throwOnError, unwrap } from "@tradespec/client-kit";
export { createGunbotClient, type GunbotClient, type GunbotClientOptions } from "./client.js";
export type { components, operations, paths } from "./generated/schema.js";
export { type LoginCredentials, login } from "./login.js";
export {
  type Order,
  type PageOptions,
  type PnlDailyEntry,
  paginateDailyPnl,
  paginateOrders,
  paginateOrdersMulti,
} from "./pagination.js";
export { encryptPassword } from "./password.js";
