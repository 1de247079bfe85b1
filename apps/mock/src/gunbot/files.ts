import { ok } from "../sandbox/answers.js";
import type { ResourceModule, SandboxAnswer, SandboxCall } from "../sandbox/types.js";
import { invalidParameter } from "./errors.js";
import type { FileFolder, GunbotState } from "./state.js";

type Call = SandboxCall<GunbotState>;

/** The backup name of an `autoconfig.json` written at `time` (the shape of the description's backup names). */
const backupName = (time: Date) => `autoconfig.json.${time.getTime()}`;

/**
 * The bot's files: strategy files (written, listed, read, deleted), the custom strategy editor's document, the
 * AutoConfig file (each write keeps a dated backup), and the AutoConfig variable and state files, which the API
 * only lists and reads. Reading a file that is not there is a 400 naming `filename`.
 */
export const files: ResourceModule<GunbotState> = {
  listStrategyFiles: ({ state }) => listed(state.files.strategy),
  getStrategyFile: (call) => read(call, "strategy", (content) => textOrJson(call, String(content))),
  writeStrategyFile: ({ state, body }) => {
    const { filename, document } = body as { filename: string; document: string };
    state.files.strategy.set(filename, document);
    return ok(state.answers.success);
  },
  deleteStrategyFile: (call) => {
    const filename = filenameOf(call);
    if (!call.state.files.strategy.delete(filename)) return missing("strategy", filename);
    return ok(call.state.answers.success);
  },

  getCustomEditorFile: (call) => {
    const document = call.state.customEditor;
    if (typeof document !== "string") return textOrJson(call, JSON.stringify(document), document);
    const json = objectIn(document);
    return json === undefined ? textAnswer(document) : textOrJson(call, document, json);
  },
  writeCustomEditorFile: ({ state, body }) => {
    state.customEditor = (body as { document: unknown }).document;
    return ok(state.answers.success);
  },

  writeAutoconfigFile: ({ state, body, sandbox }) => {
    state.files.backup.set(backupName(sandbox.now()), (body as { document: unknown }).document);
    return ok(state.answers.success);
  },
  listBackupFiles: ({ state }) => listed(state.files.backup),
  getBackupFile: (call) => read(call, "backup", ok),

  listAutoconfigVariableFiles: ({ state }) => listed(state.files.acvar),
  getAutoconfigVariableFile: (call) => read(call, "acvar", ok),
  listStateFiles: ({ state }) => listed(state.files.state),
  getStateFile: (call) => read(call, "state", ok),
};

const listed = (folder: ReadonlyMap<string, unknown>) =>
  ok({ status: "success", result: [...folder.keys()] });

const filenameOf = (call: Call) => (call.body as { filename: string }).filename;

/**
 * Answers with the named file of a folder, or 400 when it is not there. A seeded file whose content the
 * description does not show (`undefined`) is answered by the description's example.
 */
function read(call: Call, folder: FileFolder, answer: (content: unknown) => SandboxAnswer) {
  const files = call.state.files[folder];
  const filename = filenameOf(call);
  if (!files.has(filename)) return missing(folder, filename);
  const content = files.get(filename);
  return content === undefined ? undefined : answer(content);
}

const missing = (folder: FileFolder, filename: string) =>
  invalidParameter("filename", `no ${folder} file ${filename}`);

/**
 * A file's text as the request asks for it: `text/plain` (the vendor's SDK) when it accepts that and not JSON,
 * else JSON (the document's code), `json` being what the JSON answer holds (the text itself, by default).
 */
function textOrJson(call: Call, text: string, json: unknown = text): SandboxAnswer {
  const accept = String(call.headers.accept ?? "");
  return accept.includes("text/plain") && !accept.includes("application/json") ? textAnswer(text) : ok(json);
}

const textAnswer = (text: string): SandboxAnswer => ({
  status: 200,
  body: text,
  headers: { "content-type": "text/plain; charset=utf-8" },
});

/** The JSON object a text holds; undefined when it holds none. */
function objectIn(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
