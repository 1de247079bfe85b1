import { resolveRef } from "@tradespec/openapi-refs";
import { type ApiName, apiProfiles } from "../../src/apis.js";
import { bundlePath, readDescription } from "../../src/description.js";

/** A named example of a JSON response, read from the bundled description the mock serves. */
export function describedExample(
  api: ApiName,
  operation: `${"get" | "post"} ${string}`,
  status: string,
  name: string,
): unknown {
  const description = readDescription(bundlePath(apiProfiles[api]));
  const [method, path] = operation.split(" ") as [string, string];
  const lookup = (node: unknown, key: string) =>
    (resolveRef(description, node) as Record<string, unknown>)[key];
  const example = [path, method, "responses", status, "content", "application/json", "examples", name].reduce(
    lookup,
    description.paths,
  );
  return lookup(example, "value");
}
