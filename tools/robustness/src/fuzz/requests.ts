import { dereference, type OpenApiDocument } from "@tradespec/spec-testing";
import fc from "fast-check";
import type { ApiName } from "../description/document.js";
import type { OperationTarget, ParameterTarget } from "../description/targets.js";
import { bodyFor, type FuzzBody, strayBody } from "./bodies.js";
import { type Credentials, credentials } from "./credentials.js";
import { hostileString, hostileValue } from "./hostile-values.js";
import { schemaValue } from "./schema-values.js";

/** One request the fuzzer sends, and what it was meant to exercise. */
export interface FuzzRequest {
  /** The operation the request aims at; undefined for a path the description does not have. */
  target: OperationTarget | undefined;
  /** "POST /trade/buy", "DELETE /account/me (wrong method)", "GET /unknown (unknown path)" */
  label: string;
  method: string;
  /** Below the base path, percent-encoded, with the query string. */
  url: string;
  headers: Record<string, string>;
  body: FuzzBody;
  credentials: Credentials;
  /** Query parameters sent with a value the description forbids (empty, or a number no double holds): never a 2xx. */
  forbiddenQuery: string[];
}

/** Percent-encodings a router may try to decode and fail on. */
const RAW_PATH_SEGMENTS = ["%", "%ff", "%E0%A4%A", "%zz", "%00", "%2F", "..", "%2e%2e", ";", "a b"];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
/**
 * Query values OpenAPI 3.1 forbids for a parameter without `allowEmptyValue` (empty) or that only a broken number
 * parser takes (`1e309` is Infinity), which a validator coercing strings to numbers may let through.
 */
const EMPTY_OR_NON_FINITE = ["", "1e309", "-1e309", "Infinity"];

/** Requests against the operations of one description: declared operations mostly, plus wrong methods and paths. */
export function fuzzRequests(api: ApiName, doc: OpenApiDocument, targets: OperationTarget[]) {
  const declared = fc.constantFrom(...targets).chain((target) => requestFor(api, doc, target));
  return fc.oneof(
    { arbitrary: declared, weight: 20 },
    { arbitrary: wrongMethod(api, targets), weight: 1 },
    { arbitrary: unknownPath(api), weight: 1 },
  );
}

function requestFor(api: ApiName, doc: OpenApiDocument, target: OperationTarget): fc.Arbitrary<FuzzRequest> {
  const byPlace = (place: ParameterTarget["in"]) => target.parameters.filter((p) => p.in === place);
  return fc
    .record({
      path: pathFor(doc, target.path, byPlace("path")),
      query: queryFor(doc, byPlace("query")),
      body: target.body ? bodyFor(doc, target.body) : strayBody(target.method),
      credentials: credentials(api),
    })
    .map(({ path, query, body, credentials }) => ({
      target,
      label: target.id,
      method: target.method,
      url: path + query.text,
      forbiddenQuery: query.forbidden,
      headers: { ...credentials.headers, ...(body.contentType && { "content-type": body.contentType }) },
      body,
      credentials,
    }));
}

/** A parameter's value: valid for its schema more often than not, otherwise anything at all. */
function parameterValue(doc: OpenApiDocument, parameter: ParameterTarget): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: schemaValue(doc, parameter.schema), weight: 3 },
    { arbitrary: hostileValue("url"), weight: 2 },
  );
}

function pathFor(
  doc: OpenApiDocument,
  template: string,
  parameters: ParameterTarget[],
): fc.Arbitrary<string> {
  const segments = Object.fromEntries(
    parameters.map((parameter) => [
      parameter.name,
      fc.oneof(
        // An empty value addresses another route (`/signals/{signal_id}` becomes the list `/signals/`).
        {
          arbitrary: parameterValue(doc, parameter)
            .map(encodeSegment)
            .filter((segment) => segment !== ""),
          weight: 12,
        },
        { arbitrary: fc.constantFrom(...RAW_PATH_SEGMENTS), weight: 1 },
      ),
    ]),
  );
  return fc
    .record(segments)
    .map((values) => template.replace(/\{([^}]+)\}/g, (_match, name: string) => values[name] ?? ""));
}

function encodeSegment(value: unknown): string {
  // A lone surrogate cannot be percent-encoded; URLSearchParams makes it U+FFFD, and so does this.
  return encodeURIComponent(textOf(value).replace(/[\ud800-\udfff]/gu, "\ufffd"));
}

function queryFor(
  doc: OpenApiDocument,
  parameters: ParameterTarget[],
): fc.Arbitrary<{ text: string; forbidden: string[] }> {
  const declared = parameters.map((parameter) =>
    fc
      .option(
        fc.oneof(
          { arbitrary: parameterValue(doc, parameter), weight: 9 },
          { arbitrary: fc.constantFrom(...EMPTY_OR_NON_FINITE), weight: 1 },
        ),
        { freq: parameter.required ? 8 : 2 },
      )
      .map((value) => ({ name: parameter.name, value })),
  );
  const extra = fc
    .array(fc.record({ name: hostileString("url"), value: hostileValue("url") }), { maxLength: 2 })
    .map((pairs) => pairs.filter(({ name }) => name.length < 64));
  return fc.tuple(fc.tuple(...declared), extra).map(([known, unknown]) => {
    const search = new URLSearchParams();
    for (const { name, value } of [...known, ...unknown]) {
      if (value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, textOf(item));
    }
    const forbidden = parameters
      .filter((parameter) => search.getAll(parameter.name).some((text) => isForbidden(doc, parameter, text)))
      .map((parameter) => parameter.name);
    const text = search.toString();
    return { text: text === "" ? "" : `?${text}`, forbidden };
  });
}

function isForbidden(doc: OpenApiDocument, parameter: ParameterTarget, text: string): boolean {
  if (text === "") return !parameter.allowEmptyValue;
  return holdsNumbers(doc, parameter.schema) && Math.abs(Number(text)) === Number.POSITIVE_INFINITY;
}

function holdsNumbers(doc: OpenApiDocument, schema: unknown): boolean {
  const { node } = dereference(doc, { node: schema, pointer: "#" });
  const types = [node?.type].flat();
  if (types.includes("array")) return holdsNumbers(doc, node.items);
  return types.includes("integer") || types.includes("number");
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

function wrongMethod(api: ApiName, targets: OperationTarget[]): fc.Arbitrary<FuzzRequest> {
  const declaredMethods = new Map<string, Set<string>>();
  for (const target of targets) {
    const methods = declaredMethods.get(target.path) ?? new Set();
    declaredMethods.set(target.path, methods.add(target.method));
  }
  const candidates = [...declaredMethods].flatMap(([path, methods]) =>
    METHODS.filter((method) => !methods.has(method)).map((method) => ({ path, method })),
  );
  return fc
    .tuple(fc.constantFrom(...candidates), credentials(api))
    .map(([{ path, method }, credentials]) => ({
      target: undefined,
      label: `${method} ${path} (wrong method)`,
      method,
      url: path.replace(/\{[^}]+\}/g, "1"),
      headers: credentials.headers,
      body: { kind: "none" },
      credentials,
      forbiddenQuery: [],
    }));
}

function unknownPath(api: ApiName): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.constantFrom(...METHODS),
      fc.array(hostileString("url").map(encodeSegment), { minLength: 1, maxLength: 4 }),
      credentials(api),
    )
    .map(([method, segments, credentials]) => ({
      target: undefined,
      label: `${method} (unknown path)`,
      method,
      url: `/robustness-unknown/${segments.join("/")}`,
      headers: credentials.headers,
      body: { kind: "none" },
      credentials,
      forbiddenQuery: [],
    }));
}
