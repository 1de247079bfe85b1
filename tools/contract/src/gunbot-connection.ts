import { createGunbotClient, encryptPassword, login } from "@tradespec/gunbot";
import type { OpenApiDocument } from "@tradespec/spec-testing";
import type { ApiConnection } from "./contract-suite.js";
import { readOperations } from "./operations.js";
import { buildValidRequest } from "./request-plan.js";
import { sendThrough } from "./send.js";
import type { GunbotCredentials } from "./targets.js";

const LOGIN = "POST /auth/login";

/** The encrypted password of the description's login example, which the mock accepts like any other. */
function examplePassword(doc: OpenApiDocument): string {
  const login = readOperations(doc).find((operation) => operation.name === LOGIN);
  const body = login && buildValidRequest(doc, login).body?.value;
  const password = (body as { password?: unknown } | undefined)?.password;
  if (typeof password !== "string") {
    throw new Error(`The Gunbot description has no ${LOGIN} request example with a password to log in with`);
  }
  return password;
}

/**
 * Gunbot through its typed client, logged in: on the mock with the description's example password, on a live
 * instance with the given credentials, which also replace the example in the `POST /auth/login` test.
 */
export async function connectGunbot(
  doc: OpenApiDocument,
  baseUrl: string,
  credentials: GunbotCredentials | undefined,
): Promise<ApiConnection> {
  const encryptedPassword =
    credentials === undefined
      ? examplePassword(doc)
      : "encryptedPassword" in credentials
        ? credentials.encryptedPassword
        : await encryptPassword(credentials.password, credentials.gunthyWallet);
  const client = createGunbotClient({ baseUrl });
  await login(client, { encryptedPassword });
  return {
    send: sendThrough(client),
    sendWithoutCredentials: sendThrough(createGunbotClient({ baseUrl })),
    adaptRequest: (operation, request) =>
      operation.name === LOGIN && request.body
        ? {
            ...request,
            body: {
              ...request.body,
              value: { ...(request.body.value as object), password: encryptedPassword },
            },
          }
        : request,
  };
}
