// GET /api/v1/openapi.json – this API as an OpenAPI 3.1 document, collected from what every route declares
import { z } from "@/lib/zod";
import { withPublic, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/openapi/document";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(
    {
      operationId: "getOpenApiDocument",
      summary: "This document",
      description: "OpenAPI 3.1, generated from the declarations and zod schemas of the routes themselves. `/docs` renders it.",
      tags: ["Reference"],
      responses: { 200: { description: "OpenAPI 3.1.", schema: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }) } },
      db: "none",
    },
    async () => json(openApiDocument()),
  ),
});
