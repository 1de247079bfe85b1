import { ApiError, secretsOf, unwrap } from "@tradespec/client-kit";
import type { GordoClient } from "./client.js";

const OPERATION = "GET /analytics/export";

/**
 * The trades of the last `days` days (90 unless given) as CSV text from `GET /analytics/export?format=csv`: one
 * header row, then one row per trade. Write it to a file or hand it to a spreadsheet as it is.
 *
 * @throws {ApiError} for an error response, or when the answer is not CSV.
 */
export async function exportTradesCsv(client: GordoClient, query: { days?: number } = {}): Promise<string> {
  const result = await client.GET("/analytics/export", {
    params: { query: { ...query, format: "csv" } },
    headers: { accept: "text/csv" },
    parseAs: "text",
  });
  const csv = unwrap(result, { operation: OPERATION, client });
  const contentType = result.response.headers.get("content-type") ?? "no content type";
  if (!contentType.startsWith("text/csv")) {
    throw new ApiError({
      status: result.response.status,
      operation: OPERATION,
      reason: `expected text/csv but received ${contentType}`,
      body: csv,
      secrets: secretsOf(client),
    });
  }
  return csv;
}
