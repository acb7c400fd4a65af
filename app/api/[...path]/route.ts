// Any /api path with no route: a JSON 404, never an HTML page.
import { json } from "@/lib/api/respond";

const notFound = async () => json({ error: { code: "not_found", message: "No such endpoint." } }, 404);

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
