import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Delivery {
  /** The body exactly as it arrived on the wire. */
  readonly rawBody: string;
  readonly signature: string | undefined;
}

export interface Receiver {
  readonly url: string;
  readonly deliveries: Delivery[];
  close(): Promise<void>;
}

/** A webhook receiver on a free local port that records every delivery. */
export async function startReceiver(): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const signature = req.headers["x-gordo-signature"];
      deliveries.push({
        rawBody: Buffer.concat(chunks).toString("utf8"),
        signature: Array.isArray(signature) ? signature[0] : signature,
      });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/gordo-webhook`,
    deliveries,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
