import { performance } from "node:perf_hooks";

const POLL_MS = 10;

/**
 * Polls `url` until it answers 200 and resolves with the time that took from `since`.
 * @param {string} url
 * @param {{ since: number, headers?: Record<string, string>, timeoutMs?: number, gaveUp?: Promise<unknown> }} options
 */
export async function msUntilAnswering(url, { since, headers = {}, timeoutMs = 60_000, gaveUp }) {
  let stopped = false;
  void gaveUp?.then(() => {
    stopped = true;
  });
  while (!stopped && performance.now() - since < timeoutMs) {
    const ok = await fetch(url, { headers })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.status === 200;
      })
      .catch(() => false);
    if (ok) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(
    `${url} did not answer 200 ${stopped ? "before its process exited" : `within ${timeoutMs} ms`}.`,
  );
}
