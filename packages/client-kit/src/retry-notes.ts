/**
 * Why a retryable response (429, 502, 503, 504) was handed back instead of being retried.
 * The resilient fetch writes the note; the error builders add it to the ApiError message.
 */
const notes = new WeakMap<Response, string>();

export function noteUnretried(response: Response, note: string): void {
  notes.set(response, note);
}

export function unretriedNote(response: Response): string | undefined {
  return notes.get(response);
}

export const NOT_SAFE_TO_REPEAT = "not retried because the operation is not safe to repeat";
