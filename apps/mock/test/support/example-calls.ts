import { child, exampleCall, listOperations } from "@tradespec/openapi-operations";
import { type ApiName, apiProfiles } from "../../src/apis.js";
import { bundlePath, readDescription } from "../../src/description.js";
import type { Call } from "./exchange.js";

export const CREDENTIALS: Readonly<Record<ApiName, Record<string, string>>> = {
  gordo: { "x-api-key": "grd_live_fast_path" },
  gunbot: { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYXN0In0.c2ln" },
};

/**
 * Every example call of an API's description, as a client sends it: without the credential, with it, with it once
 * per documented status and named example chosen with `Prefer`, and without its query, without its body, with an
 * empty object or a string of the same length as its body; every third call from a browser origin (CORS).
 */
export function exampleCalls(api: ApiName): Call[] {
  const description = readDescription(bundlePath(apiProfiles[api]));
  return listOperations(description)
    .flatMap((operation) => {
      const { method, path, headers, body } = exampleCall(description, operation);
      const base: Call = {
        method,
        path,
        headers: { ...headers, ...(body && { "content-type": body.mediaType }) },
        ...(body && { body: typeof body.value === "string" ? body.value : JSON.stringify(body.value) }),
      };
      const prefers = Object.keys(operation.responses.node).flatMap((status) => {
        const response = child(description, operation.responses, status);
        const content = response && child(description, response, "content");
        const names = Object.values(content?.node ?? {}).flatMap((media) =>
          Object.keys(media.examples ?? {}),
        );
        return [`code=${status}`, ...names.map((name) => `code=${status}, example=${name}`)];
      });
      const withCredential = (prefer?: string, call = base): Call => ({
        ...call,
        headers: { ...call.headers, ...CREDENTIALS[api], ...(prefer && { prefer }) },
      });
      // Calls that differ from the example in one part only, so that a remembered step keyed without it shows.
      const { body: _body, ...withoutBody } = base;
      const variants = [
        ...(path.includes("?") ? [{ ...base, path: path.split("?")[0] as string }] : []),
        ...(base.body === undefined
          ? []
          : [withoutBody, { ...base, body: "{}" }, { ...base, body: sameLengthString(base.body) }]),
      ];
      return [
        base,
        withCredential(),
        ...prefers.map((prefer) => withCredential(prefer)),
        ...variants.map((variant) => withCredential(undefined, variant)),
      ];
    })
    .map((call, index) =>
      index % 3 === 0 ? { ...call, headers: { ...call.headers, origin: "http://front.example" } } : call,
    );
}

/** A JSON string as long as `text` (so the Content-Length stays the same): `"xxxx"`. */
function sameLengthString(text: string): string {
  return `"${"x".repeat(Math.max(0, text.length - 2))}"`;
}
