import type { Mock } from "@tradespec/mock";
import { createSchemaValidator, type OpenApiDocument } from "@tradespec/spec-testing";
import fc from "fast-check";
import type { ApiName } from "../description/document.js";
import type { OperationTarget } from "../description/targets.js";
import { VALID_CREDENTIALS } from "./credentials.js";
import { fuzzRequests } from "./requests.js";
import { type Answer, REQUEST_TIMEOUT_MS, send } from "./send.js";
import type { FuzzSettings } from "./settings.js";
import { FuzzTally } from "./tally.js";
import { violationOf } from "./verdict.js";

/** An operation each API answers without input: the account for Gordo, the server time for Gunbot. */
const LIVENESS_PATH: Record<ApiName, string> = { gordo: "/account/me", gunbot: "/time" };

export interface FuzzRun {
  api: ApiName;
  doc: OpenApiDocument;
  targets: OperationTarget[];
  mock: Mock;
  settings: FuzzSettings;
}

/**
 * Sends `settings.runs` generated requests to the mock one after another and judges every answer. A crash does not
 * end the run: the mock is restarted (and the restart counted) so the remaining requests still tell something.
 */
export async function runFuzz({ api, doc, targets, mock, settings }: FuzzRun): Promise<FuzzTally> {
  const validator = createSchemaValidator(doc);
  const tally = new FuzzTally();
  const requests = fc.sample(fuzzRequests(api, doc, targets), {
    numRuns: settings.runs,
    seed: settings.seed,
  });
  for (const request of requests) {
    const answer = await send(mock.baseUrl, request);
    tally.record(request, answer, violationOf(request, answer, validator));
    if (isServerFailure(answer) && !(await servesValidRequests(api, mock))) {
      tally.mockRestarts++;
      await mock.reload();
    }
  }
  return tally;
}

function isServerFailure(answer: Answer): boolean {
  return answer.kind === "no-answer" || answer.status >= 500;
}

/** The mock's health page can say "ok" while Prism refuses connections, so ask the API itself. */
export async function servesValidRequests(api: ApiName, mock: Mock): Promise<boolean> {
  try {
    const response = await fetch(mock.baseUrl + LIVENESS_PATH[api], {
      headers: VALID_CREDENTIALS[api],
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
