import { resolveRef } from "@tradespec/openapi-refs";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/**
 * The operations whose `x-read-only` is true, one "METHOD /path /other/{}" string per method, as
 * client-kit's `operationMatcher` takes them; `fail` is called for an operation without the flag.
 */
export function readOnlyOperations(bundle, fail) {
  const pathsByMethod = new Map();
  for (const [path, item] of Object.entries(bundle.paths ?? {})) {
    if (/\s/.test(path)) fail(`path ${JSON.stringify(path)} contains white space`);
    for (const method of METHODS.filter((name) => item[name])) {
      const flag = item[method]["x-read-only"];
      const operation = `${method.toUpperCase()} ${path}`;
      if (typeof flag !== "boolean") {
        fail(`${operation}: x-read-only must be true or false, found ${JSON.stringify(flag)}`);
      }
      if (!flag) continue;
      // A parameter's name does not matter for matching, so "{position_id}" is written "{}".
      const template = path.replace(/\{[^}]*\}/g, "{}");
      pathsByMethod.set(method, [...(pathsByMethod.get(method) ?? []), template]);
    }
  }
  return [...pathsByMethod].map(([method, paths]) => `${method.toUpperCase()} ${paths.join(" ")}`);
}

/** The `event` constant of every webhook's JSON payload. */
export function webhookEventTypes(bundle, fail) {
  const resolve = (value) => {
    try {
      return resolveRef(bundle, value);
    } catch (error) {
      fail(error.message);
    }
  };
  return Object.entries(bundle.webhooks ?? {}).map(([name, item]) => {
    const body = resolve(resolve(item.post?.requestBody)?.content?.["application/json"]?.schema);
    const event = resolve(body?.properties?.event)?.const;
    if (typeof event !== "string") fail(`webhook ${name}: payload property "event" must have a string const`);
    return event;
  });
}
