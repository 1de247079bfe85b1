/** Content types of the files the site is made of; anything else is served as a download. */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * @param {string} extension a file extension with its dot, such as ".html"
 * @returns {string}
 */
export function contentTypeFor(extension) {
  return (
    CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extension.toLowerCase())] ??
    "application/octet-stream"
  );
}
