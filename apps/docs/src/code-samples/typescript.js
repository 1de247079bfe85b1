import { formatLiteral } from "./literal.js";

/**
 * @typedef {object} TypedClient
 * @property {string} packageName the npm package the reader installs
 * @property {string} factory the function that creates a client
 * @property {(baseUrl: string, credential: string) => Record<string, string>} options what the factory is given,
 * besides the package's `throwOnError`
 */

/**
 * A TypeScript module that calls the operation with our typed client and prints the result.
 * The client is created with `throwOnError`, so any failed call throws an ApiError and the script exits non-zero.
 * @param {import("./request.js").SampleRequest} request
 * @param {string} credential
 * @param {TypedClient} client
 * @returns {string}
 */
export function typescriptSample(request, credential, client) {
  /** @type {Record<string, unknown>} */
  const params = {};
  if (Object.keys(request.pathParams).length > 0) params.path = request.pathParams;
  if (request.query.length > 0) params.query = Object.fromEntries(request.query);
  if (Object.keys(request.headers).length > 0) params.header = request.headers;

  /** @type {Record<string, unknown>} */
  const init = {};
  if (Object.keys(params).length > 0) init.params = params;
  if (request.body !== null) init.body = request.body.value;
  if (request.responseFormat !== "json") init.parseAs = "text";

  const args = [JSON.stringify(request.path)];
  if (Object.keys(init).length > 0) args.push(formatLiteral(init, "typescript"));
  const options = client.options(request.baseUrl, request.auth === null ? "" : credential);
  const usedOptions = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== ""));
  // `throwOnError` is the middleware the client package exports, which a JSON literal cannot hold.
  const clientOptions = formatLiteral(usedOptions, "typescript").replace(/\n}$/, "\n  throwOnError,\n}");
  const output = request.responseFormat === "none" ? "console.log(response.status);" : "console.log(data);";
  const destructured = request.responseFormat === "none" ? "{ response }" : "{ data }";

  return [
    `import { ${client.factory}, throwOnError } from ${JSON.stringify(client.packageName)};`,
    "",
    `const client = ${client.factory}(${clientOptions});`,
    "",
    `const ${destructured} = await client.${request.method}(${args.join(", ")});`,
    output,
  ].join("\n");
}
