#!/usr/bin/env node
// Builds the reference site into apps/docs/dist from the bundled descriptions.
import path from "node:path";
import { buildSite } from "../src/build/build-site.js";

try {
  const { pages } = await buildSite();
  for (const page of pages) console.log(`built ${path.relative(process.cwd(), page)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
