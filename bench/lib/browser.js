import { launchChromium } from "@tradespec/docs";

/** Headless Debian Chromium that can reach 127.0.0.1 only: every other host fails to resolve at once. */
export function launchOfflineChromium() {
  return launchChromium(["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]);
}
