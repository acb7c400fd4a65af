// Any /api path with no route: a JSON 404, never an HTML page.
import { json } from "@/lib/api/respond";
import { NO_SUCH_ENDPOINT, withRequestLog } from "@/lib/api/route";

const notFound = withRequestLog(async () => json({ error: { code: "not_found", message: NO_SUCH_ENDPOINT } }, 404));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
