// Built exactly like client-kit; its build, an upstream task of this one, hashes the shared config.
export { default } from "../client-kit/tsup.config.js";
