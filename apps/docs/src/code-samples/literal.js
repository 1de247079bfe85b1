/**
 * Writes a JSON value as a source literal, indented like hand-written code.
 * @param {unknown} value
 * @param {"typescript" | "python"} language
 * @param {string} [indent] the indentation of the line the literal starts on
 * @returns {string}
 */
export function formatLiteral(value, language, indent = "") {
  const inner = `${indent}${language === "python" ? "    " : "  "}`;
  if (value === null) return language === "python" ? "None" : "null";
  if (typeof value === "boolean") return language === "python" ? (value ? "True" : "False") : String(value);
  if (typeof value === "number" || typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item) => `${inner}${formatLiteral(item, language, inner)},`);
    return `[\n${items.join("\n")}\n${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(
      ([key, item]) => `${inner}${formatKey(key, language)}: ${formatLiteral(item, language, inner)},`,
    );
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  throw new Error(`Cannot write ${typeof value} as a ${language} literal.`);
}

/**
 * @param {string} key
 * @param {"typescript" | "python"} language
 */
function formatKey(key, language) {
  return language === "typescript" && /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
