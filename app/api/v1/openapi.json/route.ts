// GET /api/v1/openapi.json – this API as an OpenAPI 3.1 document, generated from its zod schemas
import { withPublic, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/openapi/document";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(async () => json(openApiDocument())),
});
