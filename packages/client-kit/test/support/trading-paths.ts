/** A small OpenAPI-shaped paths type, as openapi-typescript writes it, for clients in tests. */
export interface paths {
  "/positions/{position_id}": {
    get: {
      parameters: { path: { position_id: string } };
      responses: {
        200: { content: { "application/json": Position } };
        404: { content: { "application/json": { detail: string } } };
      };
    };
  };
  "/positions/{position_id}/close": {
    post: {
      parameters: { path: { position_id: string } };
      requestBody: { content: { "application/json": { reason: string } } };
      responses: {
        200: { content: { "application/json": Position } };
        429: { content: { "application/json": { detail: string } } };
      };
    };
  };
}

export interface Position {
  id: string;
  size: number;
  status: "open" | "closed";
}
