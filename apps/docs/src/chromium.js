import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`), or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, and quiet: no first-run, sync, component-update or other background traffic of its own. */
const QUIET_HEADLESS_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches headless Chromium with the quiet flags and any extra ones; says how to install it where it is missing.
 * @param {readonly string[]} [extraArgs]
 */
export function launchChromium(extraArgs = []) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. Install Debian's build with \`apt-get install -y chromium\`, or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_HEADLESS_FLAGS, ...extraArgs],
  });
}
