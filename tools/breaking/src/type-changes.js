import path from "node:path";
import ts from "typescript";

/** @typedef {import("./classify-diff.js").Change} Change */

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/** The maps openapi-typescript emits; compared member by member instead of as one type. */
const GENERATED = new Set(["paths", "operations", "webhooks", "components"]);

/**
 * What a client's emitted declarations (its `dist/index.d.ts`) lost or narrowed since the released ones, checked
 * with TypeScript's own assignability, by direction: what a caller sends (parameters, request bodies) must still
 * accept every released value (old assignable to new); what it receives (responses, webhook payloads, what a
 * function returns) must still fit where the released type was used (new assignable to old). An export of unknown
 * direction (a type a caller may both build and read) must do both. A removed export is breaking, a new one
 * additive; a change that keeps both directions is left to the description's diff to describe.
 * @param {{ released: string, current: string, packageDir: string }} files released: the declarations' text
 * @returns {Change[]}
 */
export function describeTypeChanges({ released, current, packageDir }) {
  const releasedFile = path.resolve(packageDir, "dist", "released-baseline.d.ts");
  const currentFile = path.resolve(current);
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError) =>
    path.resolve(file) === releasedFile
      ? ts.createSourceFile(file, released, language)
      : getSourceFile(file, language, onError);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => path.resolve(file) === releasedFile || fileExists(file);
  const program = ts.createProgram([releasedFile, currentFile], options, host);
  const checker = program.getTypeChecker();
  const before = exportsOf(checker, program, releasedFile);
  const after = exportsOf(checker, program, currentFile);
  const compare = new Comparison(checker);
  for (const [name, symbol] of before) {
    const next = after.get(name);
    if (!next) compare.report("breaking", `export \`${name}\``, `export \`${name}\` removed`);
    else if (GENERATED.has(name)) compare.generated(name, symbol, next);
    else compare.export(name, symbol, next);
  }
  for (const name of after.keys()) {
    if (!before.has(name)) compare.report("additive", `export \`${name}\``, `new export \`${name}\``);
  }
  return compare.changes;
}

/**
 * @param {ts.TypeChecker} checker
 * @param {ts.Program} program
 * @param {string} file
 * @returns {Map<string, ts.Symbol>}
 */
function exportsOf(checker, program, file) {
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${file} is not a module TypeScript can read.`);
  return new Map(
    checker.getExportsOfModule(module).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return [symbol.name, target];
    }),
  );
}

class Comparison {
  /** @param {ts.TypeChecker} checker */
  constructor(checker) {
    this.checker = checker;
    /** @type {Change[]} */
    this.changes = [];
  }

  /**
   * @param {Change["class"]} changeClass
   * @param {string} operation
   * @param {string} message
   * @param {Change["direction"]} [direction]
   */
  report(changeClass, operation, message, direction) {
    this.changes.push({
      class: changeClass,
      operation,
      ...(direction ? { direction } : {}),
      message: `type surface: ${message}`,
      pointer: operation,
      source: "types",
    });
  }

  /**
   * A hand-written export: a value must still fit where the released one was used; a type, both ways.
   * @param {string} name
   * @param {ts.Symbol} before
   * @param {ts.Symbol} after
   */
  export(name, before, after) {
    const where = `export \`${name}\``;
    if (before.flags & ts.SymbolFlags.Value) {
      if (!this.fits(this.checker.getTypeOfSymbol(after), this.checker.getTypeOfSymbol(before)))
        this.report("breaking", where, `\`${name}\` no longer fits the released signature`);
      return;
    }
    const [old, now] = [
      this.checker.getDeclaredTypeOfSymbol(before),
      this.checker.getDeclaredTypeOfSymbol(after),
    ];
    if (hasTypeParameters(before) || hasTypeParameters(after)) {
      if (declarationText(before) !== declarationText(after))
        this.report("breaking", where, `generic type \`${name}\` changed`);
      return;
    }
    if (!this.fits(old, now))
      this.report("breaking", where, `type \`${name}\` no longer accepts every released value`);
    else if (!this.fits(now, old))
      this.report("breaking", where, `type \`${name}\` now has values the released one had not`);
  }

  /**
   * `paths` and `webhooks` operation by operation; `operations` and `components` name by name (their types are
   * what the paths and webhooks use, compared there).
   * @param {string} name
   * @param {ts.Symbol} before
   * @param {ts.Symbol} after
   */
  generated(name, before, after) {
    const [old, now] = [
      this.checker.getDeclaredTypeOfSymbol(before),
      this.checker.getDeclaredTypeOfSymbol(after),
    ];
    if (name === "paths" || name === "webhooks") {
      this.members(
        old,
        now,
        (key, oldItem, newItem) => {
          for (const method of HTTP_METHODS) {
            const operation = name === "paths" ? `${method.toUpperCase()} ${key}` : `webhook ${key}`;
            const [oldOperation, newOperation] = [this.member(oldItem, method), this.member(newItem, method)];
            if (oldOperation && !newOperation)
              this.report("breaking", operation, `\`${name}\` lost ${operation}`);
            else if (!oldOperation && newOperation)
              this.report("additive", operation, `\`${name}\` has ${operation}`);
            else if (oldOperation && newOperation)
              this.operation(operation, oldOperation, newOperation, name === "webhooks");
          }
        },
        (key) => (name === "paths" ? `path ${key}` : `webhook ${key}`),
      );
      return;
    }
    const groups =
      name === "components" ? this.checker.getPropertiesOfType(old).map((group) => group.name) : [""];
    for (const group of groups) {
      const [oldGroup, newGroup] = group ? [this.member(old, group), this.member(now, group)] : [old, now];
      if (!oldGroup) continue;
      const label = group ? `${name}["${group}"]` : name;
      if (!newGroup) {
        this.report("breaking", `export \`${name}\``, `${label} removed`);
        continue;
      }
      this.members(
        oldGroup,
        newGroup,
        () => {},
        (key) => `${label}["${key}"]`,
        `export \`${name}\``,
      );
    }
  }

  /**
   * @param {ts.Type} old
   * @param {ts.Type} now
   * @param {(key: string, old: ts.Type, now: ts.Type) => void} both
   * @param {(key: string) => string} label
   * @param {string} [operation] where a removed or new member is reported; the member's own label by default
   */
  members(old, now, both, label, operation) {
    const newKeys = new Set(this.checker.getPropertiesOfType(now).map((property) => property.name));
    for (const property of this.checker.getPropertiesOfType(old)) {
      const newType = this.member(now, property.name);
      const oldType = this.member(old, property.name);
      if (!newKeys.has(property.name) || (oldType && !newType))
        this.report("breaking", operation ?? label(property.name), `${label(property.name)} removed`);
      else if (oldType && newType) both(property.name, oldType, newType);
    }
    for (const key of newKeys) {
      if (!this.member(old, key) && this.member(now, key))
        this.report("additive", operation ?? label(key), `new ${label(key)}`);
    }
  }

  /**
   * @param {string} operation
   * @param {ts.Type} old
   * @param {ts.Type} now
   * @param {boolean} inbound a webhook: the client receives its request and sends its response
   */
  operation(operation, old, now, inbound) {
    const sent = inbound ? "receives" : "sends";
    const received = inbound ? "sends" : "receives";
    for (const part of ["parameters", "requestBody"]) {
      this.part(operation, part, this.member(old, part), this.member(now, part), sent);
    }
    const [oldResponses, newResponses] = [this.member(old, "responses"), this.member(now, "responses")];
    if (oldResponses && newResponses) {
      this.members(
        oldResponses,
        newResponses,
        (status, oldResponse, newResponse) =>
          this.part(operation, `response ${status}`, oldResponse, newResponse, received),
        (status) => `response ${status}`,
        operation,
      );
    }
  }

  /**
   * @param {string} operation
   * @param {string} part
   * @param {ts.Type | undefined} old
   * @param {ts.Type | undefined} now
   * @param {"sends" | "receives"} direction
   */
  part(operation, part, old, now, direction) {
    if (!old || !now) {
      if (old !== now) this.report("breaking", operation, `${part} ${old ? "removed" : "added"}`, direction);
      return;
    }
    if (direction === "sends" && !this.fits(old, now))
      this.report("breaking", operation, `${part} no longer accepts every released value`, direction);
    if (direction === "receives" && !this.fits(now, old))
      this.report("breaking", operation, `${part} no longer fits the released type`, direction);
  }

  /**
   * A property's type, or undefined where it is absent or `never` (openapi-typescript's "no such method").
   * @param {ts.Type} type
   * @param {string} name
   */
  member(type, name) {
    const property = this.checker.getPropertyOfType(type, name);
    if (!property) return undefined;
    const memberType = this.checker.getNonNullableType(this.checker.getTypeOfSymbol(property));
    return memberType.flags & ts.TypeFlags.Never ? undefined : memberType;
  }

  /**
   * @param {ts.Type} source
   * @param {ts.Type} target
   */
  fits(source, target) {
    return this.checker.isTypeAssignableTo(source, target);
  }
}

/** @param {ts.Symbol} symbol */
function hasTypeParameters(symbol) {
  return (symbol.declarations ?? []).some(
    (declaration) =>
      (ts.isTypeAliasDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) &&
      (declaration.typeParameters?.length ?? 0) > 0,
  );
}

/**
 * A declaration's text without its comments, to compare what cannot be compared by assignability.
 * @param {ts.Symbol} symbol
 */
function declarationText(symbol) {
  const printer = ts.createPrinter({ removeComments: true });
  return (symbol.declarations ?? [])
    .map((declaration) =>
      printer.printNode(ts.EmitHint.Unspecified, declaration, declaration.getSourceFile()),
    )
    .join("\n");
}
