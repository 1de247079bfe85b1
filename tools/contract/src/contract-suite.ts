import { createSchemaValidator, type OpenApiDocument } from "@tradespec/spec-testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CoverageLedger } from "./coverage.js";
import { DriftLedger } from "./design-drift.js";
import { factsOnly } from "./facts.js";
import { invalidParameterCases } from "./invalid-parameters.js";
import { alternativeSuccessMediaTypes, type ContractOperation, readOperations } from "./operations.js";
import { buildValidRequest, type OperationRequest } from "./request-plan.js";
import { checkResponse } from "./response-check.js";
import type { SendOperation } from "./send.js";
import type { TargetKind } from "./targets.js";

/** An API reached through its typed client, with and without credentials. */
export interface ApiConnection {
  send: SendOperation;
  sendWithoutCredentials: SendOperation;
  /** Adapts a request built from the description to the target (a live Gunbot logs in with its own password). */
  adaptRequest?: (operation: ContractOperation, request: OperationRequest) => OperationRequest;
  /** Releases what connecting started (the mock). */
  close?: () => Promise<void>;
}

export interface ContractSuiteOptions {
  api: string;
  doc: OpenApiDocument;
  target: TargetKind;
  /** Run operations with `x-read-only: false` on a live target too. */
  writes: boolean;
  connect: () => Promise<ApiConnection>;
}

function withParameter(
  request: OperationRequest,
  location: keyof OperationRequest["params"],
  name: string,
  value: unknown,
) {
  return {
    ...request,
    params: { ...request.params, [location]: { ...request.params[location], [name]: value } },
  };
}

/**
 * Registers the contract tests of one API: for every operation of its description, a valid request that must get a
 * declared success response matching its schema (test `METHOD path`), a request without credentials that must get
 * 401, and one request per broken bounded or enumerated parameter that must get 400, each with the API's error
 * schema. A final test fails unless every operation that should run on the target was exercised.
 */
export function defineContractSuite(options: ContractSuiteOptions): void {
  const { api, doc, target } = options;
  const operations = readOperations(doc);
  const validator = createSchemaValidator(doc);
  // The mock must hold every claim; a live service only the facts, its designed differences are listed at the end.
  const drift = target === "mock" ? undefined : new DriftLedger(createSchemaValidator(factsOnly(doc)));
  // A live instance may pace the run to its rate limit; the mock answers in milliseconds.
  const timeout = target === "mock" ? 10_000 : 180_000;
  const shouldRun = (operation: ContractOperation) =>
    target === "mock" || options.writes || operation.readOnly === true;
  const ledger = new CoverageLedger(
    api,
    target,
    operations.map((operation) => ({ name: operation.name, shouldRun: shouldRun(operation) })),
  );

  describe(`${api} (${target})`, () => {
    let connection: ApiConnection;
    beforeAll(async () => {
      connection = await options.connect();
    });
    // vitest hands an afterAll hook its fixtures (none here) first, then the suite.
    // biome-ignore lint/correctness/noEmptyPattern: vitest requires the fixtures argument to be a destructuring pattern
    afterAll(async ({}, suite) => {
      // The coverage reporter prints these once every test has finished: an operation not exercised failed its own test.
      suite.meta.contractCoverage = ledger.summary();
      if (drift) suite.meta.designDrift = { api, entries: drift.entries };
      await connection?.close?.();
    });
    const validRequest = (operation: ContractOperation) => {
      const request = buildValidRequest(doc, operation);
      return connection.adaptRequest?.(operation, request) ?? request;
    };
    const negativeCase = async (run: () => Promise<void>) => {
      try {
        await run();
        ledger.negativeCase(true);
      } catch (error) {
        ledger.negativeCase(false);
        throw error;
      }
    };

    for (const operation of operations) {
      const test = shouldRun(operation) ? it : it.skip;

      test(
        operation.name,
        async () => {
          const received = await connection.send(operation, validRequest(operation));
          checkResponse(doc, validator, operation, "success", received, drift);
          ledger.exercised(operation.name);
        },
        timeout,
      );

      for (const { mediaType, query } of alternativeSuccessMediaTypes(doc, operation)) {
        test(
          `${operation.name} accepting ${mediaType}`,
          async () => {
            const request = validRequest(operation);
            const received = await connection.send(operation, {
              ...request,
              params: { ...request.params, query: { ...request.params.query, ...query } },
              accept: mediaType,
            });
            checkResponse(doc, validator, operation, "success", received, drift);
            expect(received.contentType, `${operation.name} asked for ${mediaType}`).toMatch(
              new RegExp(`^${mediaType.replace(/[/+.]/g, "\\$&")}`),
            );
          },
          timeout,
        );
      }

      if (operation.requiresAuth) {
        test(
          `${operation.name} without credentials -> 401`,
          () =>
            negativeCase(async () => {
              const received = await connection.sendWithoutCredentials(operation, validRequest(operation));
              checkResponse(doc, validator, operation, 401, received, drift);
            }),
          timeout,
        );
      }

      for (const invalid of invalidParameterCases(operation)) {
        test(
          `${operation.name} with ${invalid.label} -> 400`,
          () =>
            negativeCase(async () => {
              if (!ledger.wasExercised(operation.name)) {
                throw new Error(
                  `${operation.name}: its valid request did not pass, so a 400 here would prove nothing`,
                );
              }
              const request = withParameter(validRequest(operation), invalid.in, invalid.name, invalid.value);
              const received = await connection.send(operation, request);
              checkResponse(doc, validator, operation, 400, received, drift);
            }),
          timeout,
        );
      }
    }
  });
}
