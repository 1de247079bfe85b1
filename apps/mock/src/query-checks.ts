import { child, type Located, listOperations } from "@tradespec/openapi-operations";
import type { Description } from "./description.js";

/*
 * Query values Prism takes although the description forbids them, read from the description's parameters: an empty
 * value (OpenAPI 3.1 allows one only with `allowEmptyValue`), a number no double holds (`1e309` is Infinity, which
 * Prism's integer check passes), and, for a service that reads booleans as FastAPI does, the spellings it accepts.
 */

/** How a service spells booleans in a query: lower-cased spelling -> the value it means. */
export type BooleanSpellings = ReadonlyMap<string, boolean>;

/** What pydantic, and so FastAPI, accepts for a `bool` query parameter, compared lower-cased. */
export const PYDANTIC_BOOLEANS: BooleanSpellings = new Map([
  ...["1", "on", "t", "true", "y", "yes"].map((spelling) => [spelling, true] as const),
  ...["0", "off", "f", "false", "n", "no"].map((spelling) => [spelling, false] as const),
]);

/**
 * The path and query to send on (booleans respelled) and, where a query parameter picks the answer's media type
 * (`x-selects-media-type`), the media type to ask Prism for; or what is wrong with the query.
 */
export type QueryCheck =
  | { readonly path: string; readonly mediaType?: string }
  | { readonly problem: string };

export interface QueryChecker {
  /** Checks the query of `path` (below the base path) for the operation `method path` addresses. */
  check(method: string, path: string): QueryCheck;
}

type ValueKind = "number" | "boolean" | "other";

interface QueryRule {
  readonly kind: ValueKind;
  readonly allowEmptyValue: boolean;
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  /** Characters outside `{...}`: the most literal template wins, as in Prism (`/signals/latest` over `/signals/{id}`). */
  readonly literalLength: number;
  readonly query: ReadonlyMap<string, QueryRule>;
  readonly mediaTypeSelector?: MediaTypeSelector;
}

/** A query parameter whose value picks the answer's media type, as the service reads it: Accept does not matter. */
interface MediaTypeSelector {
  readonly name: string;
  readonly mediaTypes: Readonly<Record<string, string>>;
  readonly defaultValue?: string;
}

/** A checker for the query parameters `description` declares; `booleans` undefined keeps them as Prism reads them. */
export function queryChecker(description: Description, booleans?: BooleanSpellings): QueryChecker {
  const routes: Route[] = listOperations(description).map((operation) => ({
    method: operation.method.toUpperCase(),
    pattern: templatePattern(operation.path),
    literalLength: operation.path.replace(/\{[^}]*\}/g, "").length,
    query: new Map(
      operation.parameters
        .filter((parameter) => parameter.in === "query")
        .map((parameter) => [
          parameter.name,
          {
            kind: parameter.schema ? kindOf(description, parameter.schema) : "other",
            allowEmptyValue: parameter.node.allowEmptyValue === true,
          },
        ]),
    ),
    mediaTypeSelector: operation.parameters.flatMap(({ in: location, name, schema, selectsMediaType }) =>
      location === "query" && selectsMediaType
        ? [{ name, mediaTypes: selectsMediaType, defaultValue: schema?.node.default as string | undefined }]
        : [],
    )[0],
  }));

  return {
    check(method, path) {
      const queryStart = path.includes("?") ? path.indexOf("?") : path.length;
      const route = routeFor(routes, method.toUpperCase(), path.slice(0, queryStart));
      if (!route) return { path };
      const mediaType =
        route.mediaTypeSelector && selectedMediaType(route.mediaTypeSelector, path.slice(queryStart + 1));
      if (queryStart === path.length) return { path, mediaType };
      const problems: string[] = [];
      const fields = path
        .slice(queryStart + 1)
        .split("&")
        .map((field) => {
          const checked = checkField(field, route.query, booleans);
          if ("problem" in checked) problems.push(checked.problem);
          return "field" in checked ? checked.field : field;
        });
      if (problems.length > 0) return { problem: [...new Set(problems)].join("; ") };
      return { path: `${path.slice(0, queryStart + 1)}${fields.join("&")}`, mediaType };
    },
  };
}

function checkField(
  field: string,
  rules: ReadonlyMap<string, QueryRule>,
  booleans: BooleanSpellings | undefined,
): { field: string } | { problem: string } {
  const nameEnd = field.includes("=") ? field.indexOf("=") : field.length;
  const rawName = field.slice(0, nameEnd);
  const name = formDecoded(rawName);
  const rule = name === undefined ? undefined : rules.get(name);
  const value = formDecoded(field.slice(nameEnd + 1));
  if (field === "" || !rule || value === undefined) return { field };
  const parameter = `Request query parameter ${name}`;
  if (value === "") {
    return rule.allowEmptyValue
      ? { field }
      : { problem: `${parameter} must not be empty: give a value or leave it out` };
  }
  if (rule.kind === "number" && Math.abs(Number(value)) === Number.POSITIVE_INFINITY) {
    return { problem: `${parameter} must be a finite number, got ${value}` };
  }
  if (rule.kind === "boolean" && booleans) {
    const meaning = booleans.get(value.toLowerCase());
    if (meaning === undefined) {
      return { problem: `${parameter} must be a boolean (${[...booleans.keys()].join(", ")}), got ${value}` };
    }
    return { field: `${rawName}=${meaning}` };
  }
  return { field };
}

function selectedMediaType(selector: MediaTypeSelector, query: string): string | undefined {
  const value = new URLSearchParams(query).get(selector.name) ?? selector.defaultValue;
  return value === undefined ? undefined : selector.mediaTypes[value];
}

function routeFor(routes: Route[], method: string, path: string): Route | undefined {
  let best: Route | undefined;
  for (const route of routes) {
    if (route.method !== method || !route.pattern.test(path)) continue;
    if (!best || route.literalLength > best.literalLength) best = route;
  }
  return best;
}

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]+")}$`);
}

/** Whether a schema (or, for an array, its items) holds numbers or booleans. */
function kindOf(description: Description, schema: Located): ValueKind {
  const types = [schema.node.type].flat();
  if (types.includes("array")) {
    const items = child(description, schema, "items");
    return items ? kindOf(description, items) : "other";
  }
  if (types.includes("integer") || types.includes("number")) return "number";
  return types.includes("boolean") ? "boolean" : "other";
}

/** A query name or value as a form decodes it (`+` is a space); undefined when it is not valid percent-encoding. */
function formDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return undefined;
  }
}
