/** Resolves after the I/O callbacks already queued have run. */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A promise with a flag that turns true once it has settled. */
export function settled<T>(promise: Promise<T>): { result: Promise<T>; done: boolean } {
  const watched = { result: promise, done: false };
  promise.then(
    () => {
      watched.done = true;
    },
    () => {
      watched.done = true;
    },
  );
  return watched;
}
