import { afterEach } from "vitest";
import { type Fault, type FaultServer, type ReceivedRequest, startFaultServer } from "./fault-server.js";

type Script = (index: number, request: ReceivedRequest) => Fault;

/** For a test file: the returned function starts a fault server on `basePath`, closed after the test that started it. */
export function faultServerPerTest(basePath: string): (script: Script) => Promise<FaultServer> {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (script) => {
    server = await startFaultServer(basePath, script);
    return server;
  };
}

/** A script that answers the n-th request with `faults[n]`; the last one repeats. */
export const inTurn =
  (faults: Fault[]) =>
  (index: number): Fault =>
    faults[Math.min(index, faults.length - 1)] as Fault;
