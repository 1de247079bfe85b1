import { readFileSync } from "node:fs";

/**
 * Resident set size of a live process, from /proc/<pid>/status.
 * @param {number} pid
 * @returns {number} bytes, or NaN once the process is gone
 */
export function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kilobytes === undefined ? Number.NaN : Number(kilobytes) * 1024;
  } catch {
    return Number.NaN;
  }
}
