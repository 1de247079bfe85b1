import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { ApiError, throwOnError, unwrap } from "../src/index.js";
import { apiErrorRejection } from "./support/api-error-rejection.js";
import { startServer } from "./support/local-server.js";
import { connectionRefused, json, scriptedFetch } from "./support/scripted-fetch.js";
import type { paths } from "./support/trading-paths.js";

const position = { id: "p1", size: 2, status: "open" as const };

function clientAnswering(...outcomes: Array<Response | Error>) {
  const client = createClient<paths>({
    baseUrl: "https://api.test/v1",
    fetch: scriptedFetch(...outcomes).fetch,
  });
  client.use(throwOnError());
  return client;
}

const getPosition = (client: ReturnType<typeof clientAnswering>) =>
  client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } } });

describe("throwOnError", () => {
  it("passes a success through as data", async () => {
    const { data } = await getPosition(clientAnswering(json(200, position)));
    expect(data).toEqual(position);
  });

  it("throws an ApiError with status, path template, the API's detail, request id and Retry-After", async () => {
    const client = clientAnswering(
      json(
        429,
        { detail: "API key rate limit exceeded: 30 requests/minute for free tier" },
        {
          "retry-after": "12",
          "x-request-id": "req-42",
        },
      ),
    );

    const error = await apiErrorRejection(
      client.POST("/positions/{position_id}/close", {
        params: { path: { position_id: "p1" } },
        body: { reason: "stop" },
      }),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe(
      "POST /positions/{position_id}/close failed with HTTP 429: API key rate limit exceeded: 30 requests/minute for free tier",
    );
    expect(error).toMatchObject({ name: "ApiError", status: 429, requestId: "req-42", retryAfterMs: 12_000 });
    expect(error.body).toEqual({ detail: "API key rate limit exceeded: 30 requests/minute for free tier" });
  });

  it("reads Retry-After given as an HTTP date", async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const error = await apiErrorRejection(
      getPosition(clientAnswering(json(503, {}, { "retry-after": inTwoMinutes }))),
    );
    expect(error.retryAfterMs).toBeGreaterThan(117_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it("lists FastAPI-style validation details field by field", async () => {
    const body = { detail: [{ loc: ["body", "reason"], msg: "field required", type: "missing" }] };
    const error = await apiErrorRejection(getPosition(clientAnswering(json(400, body))));
    expect(error.message).toBe(
      "GET /positions/{position_id} failed with HTTP 400: body.reason: field required",
    );
  });

  it("turns malformed JSON in a 2xx response into a clear ApiError", async () => {
    const truncated = new Response('{"id": "p1", "size": ', {
      headers: { "content-type": "application/json" },
    });
    const error = await apiErrorRejection(getPosition(clientAnswering(truncated)));
    expect(error.status).toBe(200);
    expect(error.message).toBe(
      "GET /positions/{position_id} failed with HTTP 200: response body is not valid JSON (application/json, 21 characters)",
    );
  });

  it("says so when a proxy answers with an HTML error page", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>");
    });
    const client = createClient<paths>({ baseUrl: server.url });
    client.use(throwOnError());

    const error = await apiErrorRejection(getPosition(client));

    expect(error.status).toBe(502);
    expect(error.message).toBe(
      "GET /positions/{position_id} failed with HTTP 502: received an HTML page instead of an API response",
    );
    expect(error.body).toContain("<h1>502 Bad Gateway</h1>");
  });

  it("says so when an HTML page arrives with status 200 where JSON was expected", async () => {
    const portal = new Response("<html><body>Sign in to the Wi-Fi</body></html>", {
      headers: { "content-type": "text/html" },
    });
    const error = await apiErrorRejection(getPosition(clientAnswering(portal)));
    expect(error.message).toBe(
      "GET /positions/{position_id} failed with HTTP 200: expected JSON but received an HTML page",
    );
  });

  it("turns a network failure into an ApiError with status 0 and the cause", async () => {
    const refused = connectionRefused();
    const error = await apiErrorRejection(getPosition(clientAnswering(refused)));
    expect(error).toMatchObject({ status: 0, operation: "GET /positions/{position_id}", cause: refused });
    expect(error.message).toBe("GET /positions/{position_id} failed: connection refused (ECONNREFUSED)");
  });

  it("lets a caller's abort reject with the caller's reason", async () => {
    const client = clientAnswering(json(200, position));
    const controller = new AbortController();
    const reason = new Error("user left the page");
    controller.abort(reason);
    const call = client.GET("/positions/{position_id}", {
      params: { path: { position_id: "p1" } },
      signal: controller.signal,
    });
    await expect(call).rejects.toBe(reason);
  });
});

describe("unwrap", () => {
  const plainClient = (...outcomes: Response[]) =>
    createClient<paths>({ baseUrl: "https://api.test/v1", fetch: scriptedFetch(...outcomes).fetch });

  it("returns the data of a success", async () => {
    const result = await getPosition(plainClient(json(200, position)));
    expect(unwrap(result)).toEqual(position);
  });

  it("throws an ApiError for an error result, named by the given operation", async () => {
    const result = await getPosition(plainClient(json(404, { detail: "Position not found" })));
    expect(() => unwrap(result, "GET /positions/{position_id}")).toThrow(
      "GET /positions/{position_id} failed with HTTP 404: Position not found",
    );
  });

  it("throws for an error status with an empty body, which openapi-fetch reports with no error value", () => {
    const response = new Response(null, { status: 500 });
    expect(() => unwrap({ error: undefined, response }, "DELETE /strategies/{id}")).toThrow(
      "DELETE /strategies/{id} failed with HTTP 500",
    );
  });
});
