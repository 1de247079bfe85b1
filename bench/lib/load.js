import autocannon from "autocannon";

export const CONNECTIONS = 50;

/**
 * @typedef {object} LoadFigures
 * @property {number} requestsPerSecond mean over the run
 * @property {number} p50 latency, ms
 * @property {number} p99 latency, ms
 * @property {number} total responses
 * @property {number} errors connection errors and timeouts
 * @property {number} non2xx responses with another status than 2xx
 */

/**
 * GET `url` from CONNECTIONS keep-alive connections for `seconds`; with `requests`, each connection sends those
 * (autocannon's request objects, on `url`'s host) in turn instead.
 * @param {string} url
 * @param {{ seconds: number, headers?: Record<string, string>, requests?: object[], onResponse?: (statusCode: number, ms: number) => void }} options
 * @returns {Promise<LoadFigures>}
 */
export function applyLoad(url, { seconds, headers = {}, requests, onResponse }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, headers, ...(requests && { requests }) },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          total: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    if (onResponse) {
      instance.on("response", (_client, statusCode, _bytes, responseTime) =>
        onResponse(statusCode, responseTime),
      );
    }
  });
}
