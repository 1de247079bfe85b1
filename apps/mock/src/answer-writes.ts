import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/*
 * Answers made in one turn of the event loop are written together at its end, a few at a time. A write on loopback
 * also wakes the client that reads it if it sleeps; woken once, it reads several. A batch is written as soon as it
 * is full, so that the client has answers to read while the rest are made; a lone request waits only for its turn
 * to end.
 */

/** How many answers may wait for the end of the turn. */
export const WRITE_BATCH = 12;

interface PendingAnswer {
  readonly res: ServerResponse;
  readonly body: Buffer;
}

const pending: PendingAnswer[] = [];

/**
 * Writes an answer with the others made in this turn of the event loop, without its body when the request was HEAD.
 * Its head is made at once, so that a header Node refuses throws here, to the caller.
 */
export function writeAnswer(
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: Buffer,
): void {
  res.writeHead(status, headers);
  pending.push({ res, body });
  if (pending.length === 1) setImmediate(writePending);
  else if (pending.length >= WRITE_BATCH) writePending();
}

function writePending(): void {
  for (const { res, body } of pending.splice(0)) {
    // The client may have gone while the answer waited: there is no one to write it to.
    if (!res.destroyed) res.end(res.req.method === "HEAD" ? undefined : body);
  }
}
