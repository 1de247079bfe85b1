export { SITE_DIR } from "./paths.js";
export { serveSite } from "./server.js";
