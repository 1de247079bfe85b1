import path from "node:path";
import { REPO_ROOT } from "./paths.js";

/**
 * @typedef {object} ApiSite
 * @property {"gordo" | "gunbot"} id folder of the reference page, and the spec folder under specs/
 * @property {string} bundle the bundled description the page is built from
 * @property {string} bundleCommand how to produce the bundle when it is missing
 * @property {string} credentialPlaceholder what samples show where the reader's key or token goes
 * @property {import("./code-samples/typescript.js").TypedClient} client the typed client the TypeScript samples use
 * @property {import("./build/workflows.js").Workflow[]} [workflows] the workflows the site shows; by default those in
 *   specs/<id>/workflows, which call the operations of that description (a page built from another bundle names its own)
 */

/** @type {readonly ApiSite[]} */
export const API_SITES = [
  {
    id: "gordo",
    bundle: path.join(REPO_ROOT, "specs/gordo/dist/openapi.json"),
    bundleCommand: "pnpm --filter @tradespec/spec-gordo bundle",
    credentialPlaceholder: "grd_live_your_key_here",
    client: {
      packageName: "@tradespec/gordo",
      factory: "createGordoClient",
      options: (baseUrl, credential) => ({ apiKey: credential, baseUrl }),
    },
  },
  {
    id: "gunbot",
    bundle: path.join(REPO_ROOT, "specs/gunbot/dist/openapi.json"),
    bundleCommand: "pnpm --filter @tradespec/spec-gunbot bundle",
    credentialPlaceholder: "your_jwt_from_auth_login",
    client: {
      packageName: "@tradespec/gunbot",
      factory: "createGunbotClient",
      options: (baseUrl, credential) => ({ baseUrl, token: credential }),
    },
  },
];
