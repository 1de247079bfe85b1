/** A JSON object of a description. */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically
export type Node = Record<string, any>;

/** A node of a description, its `$ref`s followed, and the JSON pointer of where it lives. */
export interface Located {
  node: Node;
  pointer: string;
}

export declare const HTTP_METHODS: readonly [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type ParameterLocation = "path" | "query" | "header" | "cookie";

/** One effective parameter of an operation. */
export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** The parameter object, its `$ref`s followed. */
  node: Node;
  pointer: string;
  /** Its schema, when it declares one. */
  schema: Located | undefined;
  /** Its `x-selects-media-type`: the media type of the answer each value asks for, whatever `Accept` says. */
  selectsMediaType: Readonly<Record<string, string>> | undefined;
}

/** One operation of a description, with what tools read from it resolved. */
export interface Operation {
  /** `GET /market/candles` */
  id: string;
  method: HttpMethod;
  path: string;
  /** Where the operation object lives, e.g. `#/paths/~1market~1candles/get`. */
  pointer: string;
  operationId: string | undefined;
  operation: Node;
  pathItem: Node;
  /** The path item's parameters overlaid by the operation's own. */
  parameters: Parameter[];
  requestBody: Located | undefined;
  /** The responses object (empty when the operation has none). */
  responses: Located;
  /** The effective security requirements: the operation's, else the document's. */
  security: Node[];
  /** True unless the effective security is empty or allows anonymous access (`{}`). */
  requiresAuth: boolean;
  /** The operation's `x-read-only`, or undefined when it does not say. */
  readOnly: boolean | undefined;
}

/** A value taken from a description, and the pointer it was found at (for messages). */
export interface Sample {
  value: unknown;
  from: string;
}

/** `node` (met at `pointer`) with its `$ref`s followed, and the pointer of the object it names. */
export declare function locate(document: unknown, node: unknown, pointer: string): Located;

/** The child of a located node under `key`, its `$ref`s followed; undefined when it has none. */
export declare function child(document: unknown, parent: Located, key: string): Located | undefined;

/** Every operation under `paths` (or `webhooks`), in document order. */
export declare function listOperations(document: Node, section?: "paths" | "webhooks"): Operation[];

/**
 * The value to show or send for a parameter or a media type: its `example`, its first `examples` entry, else what
 * its schema gives (`schemaSample`).
 */
export declare function sampleOf(document: unknown, holder: Located): Sample | undefined;

/** A schema's first `examples` entry, `example`, `const`, `default` or first `enum` member, in that order. */
export declare function schemaSample(schema: Located): Sample | undefined;

/** The first server's URL with its variables set to their defaults, without a trailing slash. */
export declare function serverUrl(document: Node, servers?: unknown[]): string;

/** The path of the first server's URL (`/v1`, `/api/v1`), or "" when it is the root. */
export declare function basePath(document: Node): string;

/** An operation's call as the description shows it, below the base path. */
export interface ExampleCall {
  /** `POST` */
  method: string;
  /** Percent-encoded, with the query string: `/positions/pos_1/close`, `/market/candles?symbol=BTC`. */
  path: string;
  /** The required header parameters, by their sample values. */
  headers: Record<string, string>;
  /** The request body's sample, in the JSON media type when the operation takes one. */
  body: { mediaType: string; value: unknown } | undefined;
}

/**
 * The call the description shows for an operation: every path parameter, the query parameters that are required or
 * have their own example, the required headers, the request body's sample. The credential is left to the caller.
 * Throws, naming the operation and the parameter, when one of those parameters has no sample value.
 */
export declare function exampleCall(document: Node, operation: Operation): ExampleCall;
