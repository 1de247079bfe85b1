import { formatLiteral } from "./literal.js";

/**
 * A Python `requests` script that raises on an HTTP error and prints the response.
 * @param {import("./request.js").SampleRequest} request
 * @param {string} credential
 * @returns {string}
 */
export function pythonSample(request, credential) {
  const path = request.path.replace(/\{([^}]+)\}/g, (_, name) => String(request.pathParams[name]));
  /** @type {Record<string, string>} */
  const headers = { ...request.headers };
  if (request.auth?.kind === "header") headers[request.auth.name] = credential;
  if (request.auth?.kind === "bearer") headers.Authorization = `Bearer ${credential}`;
  const sendsJson = request.body !== null && typeof request.body.value !== "string";
  if (request.body !== null && !sendsJson) headers["Content-Type"] = request.body.mediaType;

  const call = [`    f"{BASE_URL}${path.replaceAll("{", "{{").replaceAll("}", "}}")}",`];
  if (Object.keys(headers).length > 0) call.push(`    headers=${formatLiteral(headers, "python", "    ")},`);
  if (request.query.length > 0)
    call.push(`    params=${formatLiteral(Object.fromEntries(request.query), "python", "    ")},`);
  if (request.body !== null) {
    call.push(`    ${sendsJson ? "json" : "data"}=${formatLiteral(request.body.value, "python", "    ")},`);
  }
  const output = { json: "print(resp.json())", text: "print(resp.text)", none: "print(resp.status_code)" }[
    request.responseFormat
  ];
  return [
    "import requests",
    "",
    `BASE_URL = ${JSON.stringify(request.baseUrl)}`,
    "",
    `resp = requests.${request.method.toLowerCase()}(`,
    ...call,
    ")",
    "resp.raise_for_status()",
    output,
  ].join("\n");
}
