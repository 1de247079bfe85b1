export type Grade = "documented" | "vendor" | "designed";
export declare const GRADES: readonly Grade[];
export declare const FACT_GRADES: readonly Grade[];
export declare function isRef(node: unknown): node is { $ref: string };
export declare function schemaGrade(
  raw: unknown,
  resolved: unknown,
  enclosing: Grade | undefined,
): Grade | undefined;
export declare function propertyGrade(
  rawProperty: unknown,
  objectGrade: Grade | undefined,
): Grade | undefined;
export declare function parameterGrade(parameter: unknown): Grade | undefined;
export declare function isIdName(name: unknown): boolean;
export declare function idFormClaims(schema: unknown): string[];
