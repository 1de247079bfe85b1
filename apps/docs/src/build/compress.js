import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".yaml"]);

/**
 * Writes a `.gz` beside every text file of the site, for servers that send precompressed files
 * (ours, nginx `gzip_static`, most static hosts).
 * @param {string} folder
 */
export async function precompress(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  await Promise.all(
    files.map(async (file) => {
      const compressed = await gzipAsync(await readFile(file), { level: constants.Z_BEST_COMPRESSION });
      await writeFile(`${file}.gz`, compressed);
    }),
  );
}
