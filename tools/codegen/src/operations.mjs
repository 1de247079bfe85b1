import { child, listOperations } from "@tradespec/openapi-operations";

/**
 * The operations whose `x-read-only` is true, one "METHOD /path /other/{}" string per method, as
 * client-kit's `operationMatcher` takes them; `fail` is called for an operation without the flag.
 */
export function readOnlyOperations(bundle, fail) {
  const pathsByMethod = new Map();
  for (const { id, method, path, operation } of read(() => listOperations(bundle), fail)) {
    if (/\s/.test(path)) fail(`path ${JSON.stringify(path)} contains white space`);
    const flag = operation["x-read-only"];
    if (typeof flag !== "boolean")
      fail(`${id}: x-read-only must be true or false, found ${JSON.stringify(flag)}`);
    if (!flag) continue;
    // A parameter's name does not matter for matching, so "{position_id}" is written "{}".
    const template = path.replace(/\{[^}]*\}/g, "{}");
    pathsByMethod.set(method, [...(pathsByMethod.get(method) ?? []), template]);
  }
  return [...pathsByMethod].map(([method, paths]) => `${method.toUpperCase()} ${paths.join(" ")}`);
}

/** The `event` constant of every webhook's JSON payload. */
export function webhookEventTypes(bundle, fail) {
  return read(() => listOperations(bundle, "webhooks"), fail).map(({ path, requestBody }) => {
    const payload = read(() => {
      const content = requestBody && child(bundle, requestBody, "content");
      const media = content && child(bundle, content, "application/json");
      const schema = media && child(bundle, media, "schema");
      const properties = schema && child(bundle, schema, "properties");
      return properties && child(bundle, properties, "event");
    }, fail);
    const event = payload?.node.const;
    if (typeof event !== "string") fail(`webhook ${path}: payload property "event" must have a string const`);
    return event;
  });
}

/** `reading()`, or `fail` with the message of the reference it could not follow. */
function read(reading, fail) {
  try {
    return reading();
  } catch (error) {
    fail(error.message);
  }
}
