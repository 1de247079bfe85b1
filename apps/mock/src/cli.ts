import { type Command, parseCommand, USAGE, UsageError } from "./cli-arguments.js";
import { sendWebhook, webhookEvents } from "./webhooks.js";

async function serve(options: Extract<Command, { kind: "serve" }>): Promise<void> {
  const started = performance.now();
  // Loaded only to serve: Prism is heavy to load, and the other commands do not need it.
  const [{ startMocks }, { watchDescription }] = await Promise.all([
    import("./mock.js"),
    import("./watch.js"),
  ]);
  const mocks = await startMocks({ ...options, sandbox: !options.stateless });
  const readyMs = Math.round(performance.now() - started);
  console.log(
    `tradespec-mock ready in ${readyMs} ms: Gordo ${mocks.gordo.baseUrl}  Gunbot ${mocks.gunbot.baseUrl}`,
  );
  const log = (line: string) => console.error(line);
  const stopWatching = options.watch
    ? [watchDescription(mocks.gordo, log), watchDescription(mocks.gunbot, log)]
    : [];
  const shutdown = async () => {
    for (const stop of stopWatching) stop();
    await mocks.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

async function webhook(options: Extract<Command, { kind: "webhook" }>): Promise<void> {
  if (options.event === undefined) {
    throw new UsageError(`webhook needs an event. Valid events: ${webhookEvents().join(", ")}.`);
  }
  const delivery = await sendWebhook({ event: options.event, to: options.to, secret: options.secret });
  console.log(`${delivery.event} -> ${options.to}: ${delivery.status}`);
  if (!delivery.ok) process.exitCode = 1;
}

async function main(argv: string[]): Promise<void> {
  const command = parseCommand(argv);
  if (command.kind === "help") console.log(USAGE);
  else if (command.kind === "webhook") await webhook(command);
  else await serve(command);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError;
  console.error(`tradespec-mock: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(usage ? 2 : 1);
});
