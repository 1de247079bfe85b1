import { createRequire } from "node:module";
import { type CacheLimits, LruCache } from "./lru-cache.js";
import type { Diagnostic, HttpOutput, HttpResource, PrismSteps } from "./prism-memo.js";
import { schemaViolations } from "./prism-schema-check.js";

/*
 * Prism's response validation (prism-http's `validateOutput`), split where it spends its time. Its three checks
 * are the media type against the response's contents, the body against the schema of its content (made in
 * `prism-schema-check.ts`), and the declared headers; Prism gives their diagnostics in that order. All but the body's
 * check, and the choice of the schema, depend only on the operation, the status and the headers: they are made once
 * for those. An answer that keeps changing (a sandbox's counters) then costs one schema check. A status the operation
 * does not declare, and a content Prism reads as a form or multipart body, go to Prism's whole validation.
 */

type Option<T> = { readonly _tag: "None" } | { readonly _tag: "Some"; readonly value: T };
type Either<L, R> =
  | { readonly _tag: "Left"; readonly left: L }
  | { readonly _tag: "Right"; readonly right: R };

interface Content {
  readonly mediaType: string;
  readonly schema?: object;
}

interface DeclaredResponse {
  readonly code: string;
  readonly contents?: readonly Content[];
  readonly headers?: readonly unknown[];
}

/** What the output check reads of an operation beyond the memo layer's view. */
interface ValidatedResource extends HttpResource {
  readonly responses: readonly DeclaredResponse[];
  readonly __bundled__?: unknown;
}

/** The checks of one operation, status and headers, made once; `schema` is what the body is checked against. */
type Checks =
  | { readonly whole: true }
  | {
      readonly whole: false;
      readonly before: readonly Diagnostic[];
      readonly schema: object | undefined;
      readonly after: readonly Diagnostic[];
    };

const require = createRequire(import.meta.url);
const prismRequire = createRequire(require.resolve("@stoplight/prism-http"));
const prism = {
  ...(require("@stoplight/prism-http/dist/validator") as {
    validateOutput: PrismSteps["validateOutput"];
    validateMediaType(contents: readonly Content[], mediaType?: string): Either<Diagnostic[], unknown>;
  }),
  ...(require("@stoplight/prism-http/dist/validator/validators") as {
    validateHeaders(
      headers: object,
      specs: readonly unknown[],
      context: number,
      bundle: unknown,
    ): Either<Diagnostic[], unknown>;
  }),
  ...(require("@stoplight/prism-http/dist/validator/utils/spec") as {
    findOperationResponse(
      responses: readonly DeclaredResponse[],
      statusCode: number,
    ): Option<DeclaredResponse>;
  }),
  ...(require("@stoplight/prism-http/dist/validator/validators/body") as {
    findContentByMediaTypeOrFirst(
      specs: readonly Content[],
      mediaType: string,
    ): Option<{ mediaType: string; content: Content }>;
  }),
  ...(require("@stoplight/prism-http/dist/utils/filterRequiredProperties") as {
    stripWriteOnlyProperties(schema: object): Option<object>;
  }),
};
const caseless = prismRequire("caseless") as (headers: object) => { get(name: string): string | undefined };
const mergeAllOf = prismRequire("@stoplight/json-schema-merge-allof") as (
  schema: object,
  options: object,
) => object;
const typeIs = prismRequire("type-is") as { is(mediaType: string, types: string[]): string | false };

const OUTPUT_CONTEXT = 1;
const FORM_MEDIA_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
const NONE: readonly Diagnostic[] = [];

/**
 * Prism's `validateOutput`, with what it decides for an operation, status and headers remembered, within `limits`
 * for all operations together. An operation is known by its object, not its id: a reloaded description's operation
 * with the same id is another one.
 */
export function outputCheck(limits: CacheLimits): PrismSteps["validateOutput"] {
  const checks = new LruCache<Checks>(limits);
  const numbers = new WeakMap<HttpResource, number>();
  let numbered = 0;
  const numberOf = (resource: HttpResource) => {
    let number = numbers.get(resource);
    if (number === undefined) {
      number = numbered++;
      numbers.set(resource, number);
    }
    return number;
  };
  const checksOf = (resource: ValidatedResource, output: HttpOutput): Checks => {
    const key = `${numberOf(resource)} ${output.statusCode} ${JSON.stringify(output.headers ?? null)}`;
    let found = checks.get(key);
    if (!found) {
      found = checksFor(resource, output);
      checks.set(key, found, key.length);
    }
    return found;
  };
  return (options) => {
    const resource = options.resource as ValidatedResource;
    const checks = checksOf(resource, options.element);
    if (checks.whole) return prism.validateOutput(options);
    const body =
      checks.schema === undefined
        ? undefined
        : schemaViolations(options.element.body, checks.schema, OUTPUT_CONTEXT, "body", resource.__bundled__);
    const diagnostics = body
      ? [...checks.before, ...body, ...checks.after]
      : [...checks.before, ...checks.after];
    return diagnostics.length > 0
      ? { _tag: "Left", left: diagnostics }
      : { _tag: "Right", right: options.element };
  };
}

/** As Prism's `validateOutput` and its body check decide them for the output's operation, status and headers. */
function checksFor(resource: ValidatedResource, output: HttpOutput): Checks {
  const response = prism.findOperationResponse(resource.responses, output.statusCode);
  if (response._tag === "None") return { whole: true };
  const headers = output.headers ?? {};
  const mediaType = caseless(headers).get("content-type");
  const contents = response.value.contents ?? [];
  const found = mediaType == null ? undefined : prism.findContentByMediaTypeOrFirst(contents, mediaType);
  const chosen =
    found?._tag === "Some" ? found.value : { mediaType: "random", content: contents[0] ?? ({} as Content) };
  const schema = chosen.content.schema == null ? undefined : outputSchemaOf(chosen.content.schema);
  if (schema !== undefined && typeIs.is(chosen.mediaType, FORM_MEDIA_TYPES)) return { whole: true };
  const media = contents.length > 0 ? prism.validateMediaType(contents, mediaType) : undefined;
  const declared = prism.validateHeaders(
    headers,
    response.value.headers ?? [],
    OUTPUT_CONTEXT,
    resource.__bundled__,
  );
  return {
    whole: false,
    before: media?._tag === "Left" ? media.left : NONE,
    schema,
    after: declared._tag === "Left" ? declared.left : NONE,
  };
}

const outputSchemas = new WeakMap<object, object | undefined>();

/** The schema Prism checks an answer's body against: its `allOf`s merged, write-only properties left out. */
function outputSchemaOf(schema: object): object | undefined {
  if (outputSchemas.has(schema)) return outputSchemas.get(schema);
  const stripped = prism.stripWriteOnlyProperties(withoutAllOf(schema));
  const result = stripped._tag === "Some" ? stripped.value : undefined;
  outputSchemas.set(schema, result);
  return result;
}

function withoutAllOf(schema: object): object {
  try {
    return mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch {
    return schema;
  }
}
