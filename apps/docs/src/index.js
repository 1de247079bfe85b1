export { CHROMIUM_PATH, launchChromium } from "./chromium.js";
export { SITE_DIR } from "./paths.js";
export { serveSite } from "./server.js";
