import { isJsonMediaType } from "@tradespec/spec-testing";
import type { Middleware } from "openapi-fetch";
import type { ContractOperation } from "./operations.js";
import type { OperationRequest } from "./request-plan.js";
import type { ReceivedResponse } from "./response-check.js";

/**
 * The part of an openapi-fetch client the suite drives. The generated client types every path and method; the
 * suite reads them from the description at run time, so it calls `request` with plain strings.
 */
interface DescriptionDrivenClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ response: Response }>;
}

/** Sends one operation's request and returns the response as received, body as raw text. */
export type SendOperation = (
  operation: ContractOperation,
  request: OperationRequest,
) => Promise<ReceivedResponse>;

/** Keeps a copy of the final response (after the client's own retries) with its raw body. */
function responseRecorder() {
  let recorded: Promise<ReceivedResponse> | undefined;
  const middleware: Middleware = {
    onResponse({ response }) {
      const copy = response.clone();
      recorded = copy.text().then((body) => ({
        status: copy.status,
        contentType: copy.headers.get("content-type"),
        body,
      }));
      return undefined;
    },
  };
  return { middleware, received: () => recorded };
}

function bodyInit(body: OperationRequest["body"]): Record<string, unknown> {
  if (!body) return {};
  if (isJsonMediaType(body.mediaType)) return { body: body.value };
  const text = typeof body.value === "string" ? body.value : JSON.stringify(body.value);
  return { body: text, bodySerializer: (value: string) => value };
}

function headersOf(request: OperationRequest): Record<string, string> {
  return {
    ...(request.body &&
      !isJsonMediaType(request.body.mediaType) && { "Content-Type": request.body.mediaType }),
    ...(request.accept && { Accept: request.accept }),
  };
}

/** A SendOperation through a typed openapi-fetch client (Gordo's or Gunbot's), with its auth and retries. */
export function sendThrough(client: unknown): SendOperation {
  const driven = client as DescriptionDrivenClient;
  return async (operation, request) => {
    const recorder = responseRecorder();
    await driven.request(operation.method, operation.path, {
      params: request.params,
      ...bodyInit(request.body),
      headers: headersOf(request),
      parseAs: "text",
      middleware: [recorder.middleware],
    });
    const received = await recorder.received();
    if (!received) throw new Error(`${operation.name}: the client returned without a response`);
    return received;
  };
}
