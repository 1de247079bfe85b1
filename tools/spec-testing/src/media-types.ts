/** `application/json`, `application/problem+json`, ...: media types whose bodies are JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/i.test(mediaType);
}
