import { fileURLToPath } from "node:url";

/** apps/docs, the package folder. */
export const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
/** The monorepo root, where redocly.yaml and the descriptions live. */
export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/** The built site: publish this folder as it is. */
export const SITE_DIR = fileURLToPath(new URL("../dist", import.meta.url));
/** The handwritten pages, styles and page template the build starts from. */
export const SOURCE_SITE_DIR = fileURLToPath(new URL("../site", import.meta.url));
