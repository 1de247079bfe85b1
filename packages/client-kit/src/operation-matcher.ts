const OPERATION = /^([A-Za-z]+) (\/\S*)$/;

/** A path template's segments; `undefined` stands for a `{name}` segment, which matches any one segment. */
type Template = ReadonlyArray<string | undefined>;

/**
 * A predicate that is true when a request's method and path (below the base URL's path) match one of `operations`,
 * written as in the description: "GET /positions/{position_id}". A `{name}` segment matches any one path segment.
 */
export function operationMatcher(
  baseUrl: string,
  operations: readonly string[],
): (request: Request) => boolean {
  const basePath = trimSlashes(new URL(baseUrl, "http://relative.base").pathname);
  const templatesByMethod = new Map<string, Template[]>();
  for (const operation of operations) {
    const [method, template] = parseOperation(operation);
    templatesByMethod.set(method, [...(templatesByMethod.get(method) ?? []), template]);
  }
  return (request) => {
    const templates = templatesByMethod.get(request.method);
    if (templates === undefined) return false;
    const path = trimSlashes(new URL(request.url).pathname);
    if (path !== basePath && !path.startsWith(`${basePath}/`) && basePath !== "") return false;
    const segments = splitPath(path.slice(basePath.length)).map(decodeSegment);
    return templates.some(
      (template) =>
        template.length === segments.length &&
        template.every((expected, index) => expected === undefined || expected === segments[index]),
    );
  };
}

function parseOperation(operation: string): [method: string, template: Template] {
  const match = OPERATION.exec(operation);
  if (!match?.[1] || !match[2]) {
    throw new TypeError(
      `operationMatcher: ${JSON.stringify(operation)} is not "METHOD /path", e.g. "GET /balances"`,
    );
  }
  const template = splitPath(match[2]).map((segment) => (/^\{.*\}$/.test(segment) ? undefined : segment));
  return [match[1].toUpperCase(), template];
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}

function splitPath(path: string): string[] {
  const trimmed = trimSlashes(path);
  return trimmed === "" ? [] : trimmed.split("/");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
