import type { Upstream } from "./front-server.js";
import type { PrismProcess } from "./prism-process.js";

const RESTART_ATTEMPTS = 3;

type State = "up" | "checking" | "restarting" | "down" | "stopped";

/**
 * Keeps one Prism process serving: reports it down the moment it drops a request or exits, and starts a fresh one
 * (up to three attempts per failure) so that one crash does not take the mock down for the rest of a session.
 */
export class PrismSupervisor {
  #prism: PrismProcess;
  #state: State = "up";
  #restarting: Promise<void> = Promise.resolve();
  readonly #start: () => Promise<PrismProcess>;
  readonly #log: (line: string) => void;

  private constructor(prism: PrismProcess, start: () => Promise<PrismProcess>, log: (line: string) => void) {
    this.#prism = prism;
    this.#start = start;
    this.#log = log;
    this.#watch(prism);
  }

  static async start(
    start: () => Promise<PrismProcess>,
    log: (line: string) => void,
  ): Promise<PrismSupervisor> {
    return new PrismSupervisor(await start(), start, log);
  }

  get pid(): number {
    return this.#prism.pid;
  }

  upstream(host: string): Upstream {
    return { host, port: this.#prism.port, running: this.#state === "up" && this.#prism.running };
  }

  /** The front server lost a request to Prism: down until Prism answers again, restarted if it does not. */
  async reportDroppedRequest(): Promise<void> {
    if (this.#state !== "up") return;
    this.#state = "checking";
    const prism = this.#prism;
    const answers = await prism.answers();
    if (this.#state !== "checking" || prism !== this.#prism) return;
    if (answers) this.#state = "up";
    else await this.#beginRestart("stopped answering");
  }

  /** Swaps in a fresh Prism process, e.g. for a changed description. */
  async reload(): Promise<void> {
    const next = await this.#start();
    const previous = this.#prism;
    this.#prism = next;
    this.#watch(next);
    if (this.#state !== "stopped") this.#state = "up";
    await previous.stop();
  }

  async stop(): Promise<void> {
    this.#state = "stopped";
    await Promise.all([this.#prism.stop(), this.#restarting]);
  }

  #watch(prism: PrismProcess): void {
    void prism.exited.then((how) => {
      if (prism === this.#prism && (this.#state === "up" || this.#state === "checking")) {
        void this.#beginRestart(`exited (${how})`);
      }
    });
  }

  #beginRestart(reason: string): Promise<void> {
    this.#state = "restarting";
    this.#log(`Prism ${reason}; restarting it`);
    this.#restarting = this.#restart();
    return this.#restarting;
  }

  async #restart(): Promise<void> {
    await this.#prism.stop();
    let lastError: unknown;
    for (let attempt = 1; attempt <= RESTART_ATTEMPTS; attempt++) {
      try {
        const prism = await this.#start();
        if (this.#state !== "restarting") {
          await prism.stop();
          return;
        }
        this.#prism = prism;
        this.#watch(prism);
        this.#state = "up";
        return;
      } catch (error) {
        lastError = error;
      }
    }
    this.#state = "down";
    this.#log(`Prism could not be restarted after ${RESTART_ATTEMPTS} attempts: ${String(lastError)}`);
  }
}
