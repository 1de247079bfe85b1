import { type FSWatcher, watch } from "node:fs";
import { basename, dirname } from "node:path";
import type { Mock } from "./mock.js";

const SETTLE_MS = 300;

/**
 * Reloads a mock whenever its description file changes. Watches the folder, not the file, because the bundler
 * replaces the file rather than writing into it; waits for writes to settle before reloading.
 */
export function watchDescription(mock: Mock, log: (line: string) => void): () => void {
  const file = basename(mock.document);
  let timer: NodeJS.Timeout | undefined;
  let reloading = Promise.resolve();
  const reload = () => {
    reloading = reloading.then(async () => {
      const started = performance.now();
      try {
        await mock.reload();
        log(`${mock.api}: description changed, reloaded in ${Math.round(performance.now() - started)} ms`);
      } catch (error) {
        log(
          `${mock.api}: description changed but could not be loaded; still serving the previous one.\n${(error as Error).message}`,
        );
      }
    });
  };
  const watcher: FSWatcher = watch(dirname(mock.document), (_event, changed) => {
    if (changed !== file) return;
    clearTimeout(timer);
    timer = setTimeout(reload, SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
