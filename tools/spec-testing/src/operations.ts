import type { OpenApiDocument } from "./bundle.js";
import { escapePointer } from "./pointer.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

export interface OperationEntry {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  pointer: string;
  operation: OpenApiDocument;
}

/** Every operation of `paths` (or of `webhooks`, with `section: "webhooks"`), in document order. */
export function listOperations(
  doc: OpenApiDocument,
  section: "paths" | "webhooks" = "paths",
): OperationEntry[] {
  return Object.entries(doc[section] ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => (item as OpenApiDocument)[method]).map((method) => ({
      method,
      path,
      pointer: `#/${section}/${escapePointer(path)}/${method}`,
      operation: (item as OpenApiDocument)[method],
    })),
  );
}
