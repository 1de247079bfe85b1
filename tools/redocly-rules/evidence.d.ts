// Types of evidence.js, for the TypeScript packages that read grades from a bundled description.
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

export interface SchemaVisit {
  pointer: string;
  grade?: Grade;
  property?: string;
  propertyGrade?: Grade;
}
export declare function walkGrades(
  document: unknown,
  visit: {
    // biome-ignore lint/suspicious/noExplicitAny: a visitor reads and changes the description's plain JSON objects
    schema?: (schema: Record<string, any>, info: SchemaVisit) => void;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    parameter?: (parameter: Record<string, any>, info: { pointer: string; grade?: Grade }) => void;
  },
): void;
