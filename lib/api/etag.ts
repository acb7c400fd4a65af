// Weak ETags for cheap polling: 304 when the client already has this representation.
import crypto from "node:crypto";

/** A JSON body with its ETag, computed once (a cache can keep it and answer many polls). */
export type PreparedJson = { body: string; etag: string };

const HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache" };

export function prepareJson(data: unknown): PreparedJson {
  const body = JSON.stringify(data);
  return { body, etag: `W/"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
}

// An entity-tag may contain commas, so a list is read tag by tag, not split on ",".
const ENTITY_TAG = /\s*(W\/)?("[\x21\x23-\x7e\x80-\xff]*")\s*(,|$)/y;

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): two tags match when their
 * opaque parts are equal, whether either is marked weak. `*` matches any current
 * representation. A malformed header matches nothing (the client gets the full body).
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.startsWith("W/") ? etag.slice(2) : etag;
  ENTITY_TAG.lastIndex = 0;
  while (ENTITY_TAG.lastIndex < header.length) {
    const match = ENTITY_TAG.exec(header);
    if (!match) return false;
    if (match[2] === opaque) return true;
  }
  return false;
}

export function respondPrepared(req: Request, prepared: PreparedJson): Response {
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), prepared.etag)) {
    return new Response(null, { status: 304, headers: { etag: prepared.etag, "cache-control": "no-cache" } });
  }
  return new Response(prepared.body, { status: 200, headers: { ...HEADERS, etag: prepared.etag } });
}

export function jsonWithEtag(req: Request, data: unknown): Response {
  return respondPrepared(req, prepareJson(data));
}
