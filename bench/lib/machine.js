import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

/** One line describing where the figures were measured. */
export function describeMachine(date = new Date()) {
  const cpuList = cpus();
  const model = cpuList[0]?.model.trim() ?? "unknown CPU";
  return [
    `${model} × ${cpuList.length}`,
    `${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`,
    `Node ${process.version}`,
    osName(),
    date.toISOString().replace(/\.\d+Z$/, "Z"),
  ].join(", ");
}

function osName() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    const name = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
    return `${name ?? process.platform} (${process.platform} ${process.arch})`;
  } catch {
    return `${process.platform} ${process.arch}`;
  }
}
