const OPERATION = /^([A-Za-z]+) (\/\S*)$/;

interface ParsedOperation {
  method: string;
  segments: readonly string[];
}

/**
 * A predicate that is true when a request's method and path (below the base URL's path) match one of `operations`,
 * written as in the description: "GET /positions/{position_id}". A `{name}` segment matches any one path segment.
 */
export function operationMatcher(
  baseUrl: string,
  operations: readonly string[],
): (request: Request) => boolean {
  const basePath = trimSlashes(new URL(baseUrl, "http://relative.base").pathname);
  const parsed = operations.map(parseOperation);
  return (request) => {
    const path = trimSlashes(new URL(request.url).pathname);
    if (path !== basePath && !path.startsWith(`${basePath}/`) && basePath !== "") return false;
    const segments = splitPath(path.slice(basePath.length)).map(decodeSegment);
    return parsed.some(
      (operation) => operation.method === request.method && segmentsMatch(operation, segments),
    );
  };
}

function parseOperation(operation: string): ParsedOperation {
  const match = OPERATION.exec(operation);
  if (!match?.[1] || !match[2]) {
    throw new TypeError(
      `operationMatcher: ${JSON.stringify(operation)} is not "METHOD /path", e.g. "GET /balances"`,
    );
  }
  return { method: match[1].toUpperCase(), segments: splitPath(trimSlashes(match[2])) };
}

function segmentsMatch(operation: ParsedOperation, segments: readonly string[]): boolean {
  return (
    operation.segments.length === segments.length &&
    operation.segments.every((expected, index) => isTemplate(expected) || expected === segments[index])
  );
}

function isTemplate(segment: string): boolean {
  return segment.startsWith("{") && segment.endsWith("}");
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
