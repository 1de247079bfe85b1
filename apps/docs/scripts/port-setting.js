/**
 * The port a command listens on: the flag's value if given, else the environment variable's, else `fallback`. A
 * bad value ends the process with status 2 and a message naming where it came from.
 * @param {string} variable
 * @param {number} fallback
 * @param {{ name: string, value: string | undefined }} [flag]
 * @returns {number}
 */
export function portSetting(variable, fallback, flag) {
  const [source, text] =
    flag?.value !== undefined
      ? [flag.name, flag.value]
      : [variable, process.env[variable] || String(fallback)];
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    console.error(`${source} must be a whole number from 0 to 65535, got "${text}".`);
    process.exit(2);
  }
  return port;
}
