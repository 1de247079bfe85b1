import createClient, { type Middleware } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiError,
  apiKeyHeader,
  type BearerHeaders,
  bearerHeaders,
  CallRequest,
  createRateLimiter,
  createResilientFetch,
  isApiError,
  operationMatcher,
  type RateLimiter,
  redactSecrets,
  throwOnError,
  unwrap,
} from "../src/index.js";
import type { Position, paths } from "./support/trading-paths.js";

describe("public API types", () => {
  it("ApiError carries status, body, operation and the optional details", () => {
    expectTypeOf<ApiError<{ detail: string }>["body"]>().toEqualTypeOf<{ detail: string }>();
    expectTypeOf<ApiError["name"]>().toEqualTypeOf<"ApiError">();
    expectTypeOf<ApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<ApiError["operation"]>().toEqualTypeOf<string>();
    expectTypeOf<ApiError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf(isApiError).guards.toEqualTypeOf<ApiError>();
  });

  it("auth gives default headers for openapi-fetch; throwOnError is middleware", () => {
    createClient<paths>({ headers: apiKeyHeader("X-API-Key", "grd_live_abc") });
    createClient<paths>({ headers: bearerHeaders().headers });
    expectTypeOf(bearerHeaders).returns.toEqualTypeOf<BearerHeaders>();
    expectTypeOf<BearerHeaders["setToken"]>().parameter(0).toEqualTypeOf<string | undefined>();
    expectTypeOf(throwOnError).returns.toEqualTypeOf<Middleware>();
  });

  it("createResilientFetch gives a fetch openapi-fetch accepts", () => {
    expectTypeOf(createResilientFetch()).toEqualTypeOf<typeof fetch>();
    createClient<paths>({
      Request: CallRequest,
      fetch: createResilientFetch({ rateLimiter: createRateLimiter({ perMinute: 30 }) }),
    });
    expectTypeOf(CallRequest.callerSignalOf).returns.toEqualTypeOf<AbortSignal | undefined>();
    expectTypeOf(createRateLimiter).returns.toEqualTypeOf<RateLimiter>();
    expectTypeOf(operationMatcher).returns.toEqualTypeOf<(request: Request) => boolean>();
    expectTypeOf(redactSecrets).returns.toEqualTypeOf<string>();
  });

  it("unwrap yields the success type of an openapi-fetch call", () => {
    const client = createClient<paths>();
    const call = () => client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } } });
    expectTypeOf<ReturnType<typeof unwrap<Position>>>().toEqualTypeOf<Position>();
    expectTypeOf(async () => unwrap(await call())).returns.resolves.toEqualTypeOf<Position>();
  });
});
