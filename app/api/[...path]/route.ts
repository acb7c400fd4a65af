// Any /api path with no route: a JSON 404, never an HTML page.
import { json } from "@/lib/api/respond";
import { NO_SUCH_ENDPOINT, routes } from "@/lib/api/route";

const notFound = async () => json({ error: { code: "not_found", message: NO_SUCH_ENDPOINT } }, 404);

export const { GET, POST, PUT, PATCH, DELETE } = routes({ GET: notFound, POST: notFound, PUT: notFound, PATCH: notFound, DELETE: notFound });
