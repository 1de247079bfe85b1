import { type ApiName, startMock } from "@tradespec/mock";
import type { ApiConnection } from "./contract-suite.js";

/**
 * Starts the API's mock on a free port and connects to it; the connection's `close` stops the mock, and so does a
 * failure to connect.
 */
export async function connectToMock(
  api: ApiName,
  connect: (baseUrl: string) => ApiConnection | Promise<ApiConnection>,
): Promise<ApiConnection> {
  const mock = await startMock({ api, port: 0 });
  try {
    return { ...(await connect(mock.baseUrl)), close: () => mock.close() };
  } catch (error) {
    await mock.close();
    throw error;
  }
}
