import fc from "fast-check";
import type { ApiName } from "../description/document.js";

export type CredentialKind = "valid" | "missing" | "empty" | "wrong-scheme" | "garbage" | "very-long";

export interface Credentials {
  kind: CredentialKind;
  headers: Record<string, string>;
}

/** A well-formed credential that the mock accepts; what a correctly configured client sends. */
export const VALID_CREDENTIALS: Record<ApiName, Record<string, string>> = {
  gordo: { "x-api-key": "grd_live_robustness" },
  gunbot: { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyb2J1c3RuZXNzIn0.c2lnbmF0dXJl" },
};

const CREDENTIAL_HEADER: Record<ApiName, string> = { gordo: "x-api-key", gunbot: "authorization" };

/** Header text a client can send (Latin-1, no line breaks or NUL): anything else never leaves `fetch`. */
const headerSafeText = fc.string({
  unit: fc
    .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }))
    .map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 64,
});

/** Valid credentials most of the time; otherwise none, empty ones, the wrong scheme, garbage or a huge value. */
export function credentials(api: ApiName): fc.Arbitrary<Credentials> {
  const header = CREDENTIAL_HEADER[api];
  const scheme = (value: string) => (api === "gunbot" ? `Bearer ${value}` : value);
  return fc.oneof(
    { arbitrary: fc.constant<Credentials>({ kind: "valid", headers: VALID_CREDENTIALS[api] }), weight: 6 },
    { arbitrary: fc.constant<Credentials>({ kind: "missing", headers: {} }), weight: 1 },
    {
      arbitrary: fc
        .constantFrom("", " ", scheme(""))
        .map((value): Credentials => ({ kind: "empty", headers: { [header]: value } })),
      weight: 1,
    },
    {
      arbitrary: fc
        .constantFrom("Basic dXNlcjpwYXNz", "Token abc", "bearer", "Bearer")
        .map((value): Credentials => ({ kind: "wrong-scheme", headers: { authorization: value } })),
      weight: api === "gunbot" ? 1 : 0,
    },
    {
      arbitrary: headerSafeText.map(
        (value): Credentials => ({ kind: "garbage", headers: { [header]: value } }),
      ),
      weight: 1,
    },
    {
      arbitrary: fc
        .integer({ min: 1_000, max: 6_000 })
        .map(
          (length): Credentials => ({ kind: "very-long", headers: { [header]: scheme("k".repeat(length)) } }),
        ),
      weight: 1,
    },
  );
}

/** True when the credentials can never pass: the mock must answer 401 for a secured operation. */
export function cannotAuthenticate(credentials: Credentials): boolean {
  return ["missing", "empty", "wrong-scheme"].includes(credentials.kind);
}
