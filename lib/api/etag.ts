// Weak ETags for cheap polling: 304 when the client already has this representation.
import crypto from "node:crypto";
import { json } from "@/lib/api/respond";

export function jsonWithEtag(req: Request, data: unknown): Response {
  const body = JSON.stringify(data);
  const etag = `W/"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const ifNoneMatch = req.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*")) {
    return new Response(null, { status: 304, headers: { etag, "cache-control": "no-cache" } });
  }
  return json(data, 200, { etag, "cache-control": "no-cache" });
}
