// The names under which the client-overhead sampler reports its contenders, and the benchmark reads them.
export const PLAIN_FETCH = "plain fetch";
export const BARE_OPENAPI_FETCH = "openapi-fetch alone";
export const GORDO_CLIENT = "createGordoClient";
export const GUNBOT_CLIENT = "createGunbotClient";
