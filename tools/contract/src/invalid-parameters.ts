import type { OpenApiDocument } from "@tradespec/spec-testing";
import type { ContractOperation, ParameterSpec } from "./operations.js";
import type { SentLocation } from "./request-plan.js";

/** One parameter set to a value its schema forbids; the rest of the request stays valid. */
export interface InvalidParameterCase {
  /** `limit=2001 (above maximum 2000)`: what the test name says. */
  label: string;
  in: SentLocation;
  name: string;
  value: unknown;
}

const typesOf = (schema: OpenApiDocument): string[] =>
  Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : [];

const isNumeric = (schema: OpenApiDocument) =>
  typesOf(schema).some((type) => type === "integer" || type === "number");

/** A string that is not one of the allowed values. */
function outsideEnum(allowed: unknown[]): string {
  let candidate = "invalid";
  while (allowed.includes(candidate)) candidate = `${candidate}_value`;
  return candidate;
}

interface Violation {
  value: unknown;
  reason: string;
}

/** The values a parameter's schema forbids through its bounds, enum and type. */
function violationsOf(parameter: ParameterSpec): Violation[] {
  const schema = parameter.schema?.node;
  if (!schema) return [];
  const cases: Violation[] = [];
  if (typeof schema.maximum === "number") {
    cases.push({ value: schema.maximum + 1, reason: `above maximum ${schema.maximum}` });
  }
  if (typeof schema.exclusiveMaximum === "number") {
    cases.push({
      value: schema.exclusiveMaximum,
      reason: `not below exclusive maximum ${schema.exclusiveMaximum}`,
    });
  }
  if (typeof schema.minimum === "number") {
    cases.push({ value: schema.minimum - 1, reason: `below minimum ${schema.minimum}` });
  }
  if (typeof schema.exclusiveMinimum === "number") {
    cases.push({
      value: schema.exclusiveMinimum,
      reason: `not above exclusive minimum ${schema.exclusiveMinimum}`,
    });
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    cases.push({ value: outsideEnum(schema.enum), reason: `not one of ${schema.enum.join(", ")}` });
  }
  if (cases.length > 0 && isNumeric(schema)) {
    cases.push({
      value: "not-a-number",
      reason: `not ${typesOf(schema).includes("integer") ? "an integer" : "a number"}`,
    });
  }
  return cases;
}

/**
 * Requests that break exactly one bounded or enumerated parameter of an operation: above its maximum, below its
 * minimum, outside its enum, or of the wrong type. The API must answer each with 400.
 */
export function invalidParameterCases(operation: ContractOperation): InvalidParameterCase[] {
  return operation.parameters.flatMap((parameter) => {
    const location = parameter.in;
    if (location === "cookie") return [];
    return violationsOf(parameter).map(({ value, reason }) => ({
      label: `${parameter.name}=${String(value)} (${reason})`,
      in: location,
      name: parameter.name,
      value,
    }));
  });
}
