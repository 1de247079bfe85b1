const OPERATIONS = /^([A-Za-z]+)((?: \/\S*)+)$/;

/**
 * A predicate that is true when a request's method and path (below the base URL's path) match one of `operations`,
 * written as in the description, "GET /positions/{position_id}", or several paths of one method at once,
 * "GET /positions /positions/{position_id}". A `{name}` segment matches any one path segment.
 */
export function operationMatcher(
  baseUrl: string,
  operations: readonly string[],
): (request: Request) => boolean {
  const templatesByMethod = new Map<string, string[]>();
  for (const operation of operations) {
    const [, method = "", paths = ""] = OPERATIONS.exec(operation) ?? [];
    if (!method) {
      throw new TypeError(
        `operationMatcher: ${JSON.stringify(operation)} is not "METHOD /path", e.g. "GET /balances"`,
      );
    }
    const templates = templatesByMethod.get(method.toUpperCase()) ?? [];
    templatesByMethod.set(method.toUpperCase(), [...templates, ...paths.trim().split(" ").map(pattern)]);
  }
  const basePath = pattern(new URL(baseUrl, "http://relative.base").pathname);
  const matchers = new Map(
    [...templatesByMethod].map(([method, templates]) => [
      method,
      new RegExp(`^${basePath}(?:${templates.join("|")})/*$`),
    ]),
  );
  return (request) => matchers.get(request.method)?.test(new URL(request.url).pathname) === true;
}

/** A path template as a regular expression: trailing slashes dropped, a `{name}` segment for any one segment. */
function pattern(template: string): string {
  return template
    .replace(/\/+$/, "")
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{[^/]*\}/g, "[^/]+");
}
