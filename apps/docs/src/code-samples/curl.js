/**
 * A curl command line that fails (exit code 22) on an HTTP error and prints the response body.
 * @param {import("./request.js").SampleRequest} request
 * @param {string} credential
 * @returns {string}
 */
export function curlSample(request, credential) {
  const args = [
    `curl --fail-with-body -sS${request.method === "GET" ? "" : ` -X ${request.method}`} ${quote(fullUrl(request))}`,
  ];
  if (request.auth?.kind === "header") args.push(`-H ${quote(`${request.auth.name}: ${credential}`)}`);
  if (request.auth?.kind === "bearer") args.push(`-H ${quote(`Authorization: Bearer ${credential}`)}`);
  for (const [name, value] of Object.entries(request.headers)) args.push(`-H ${quote(`${name}: ${value}`)}`);
  if (request.body !== null) {
    args.push(`-H ${quote(`Content-Type: ${request.body.mediaType}`)}`);
    const payload =
      typeof request.body.value === "string"
        ? request.body.value
        : JSON.stringify(request.body.value, null, 2);
    args.push(`-d ${quote(payload)}`);
  }
  return args.join(" \\\n  ");
}

/** @param {import("./request.js").SampleRequest} request */
function fullUrl(request) {
  const path = request.path.replace(/\{([^}]+)\}/g, (_, name) =>
    encodeURIComponent(String(request.pathParams[name])),
  );
  const search = new URLSearchParams();
  for (const [name, value] of request.query) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const queryString = search.toString();
  return `${request.baseUrl}${path}${queryString ? `?${queryString}` : ""}`;
}

/**
 * Quotes for POSIX shells: single quotes, each inner single quote closed, escaped and reopened.
 * @param {string} text
 */
function quote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
