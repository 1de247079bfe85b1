import { type ApiName, readBundle } from "../../src/catalog.js";
import type { RecordedRequest } from "./recording-proxy.js";

/** Maps recorded requests to the operationIds of the API's description, so ids in paths do not matter. */
export function operationsOf(api: ApiName, requests: readonly RecordedRequest[]): string[] {
  const routes = Object.entries(readBundle(api).paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
      operationId: operation.operationId ?? `${method} ${template}`,
    })),
  );
  return requests.map(({ request }) => {
    const [method, path = ""] = request.split(" ");
    const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(path));
    if (route === undefined) throw new Error(`${request} matches no operation of the ${api} description`);
    return route.operationId;
  });
}

/** Collapses repeated polls: [a, b, b, b, c] -> [a, b, c]. */
export function collapseRepeats(operations: readonly string[]): string[] {
  return operations.filter((operation, index) => operation !== operations[index - 1]);
}
