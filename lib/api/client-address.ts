// The client's address for rate limiting. Behind a reverse proxy the proxy appends the
// address it saw to x-forwarded-for, so the rightmost entry is the one a client cannot
// choose. Served directly, Next fills the header with the socket address only when the
// client sent none; README "Deploying" says to put a proxy in front for that reason.
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((part) => part.trim()).filter(Boolean);
    if (parts.length) return parts[parts.length - 1]!;
  }
  return headers.get("x-real-ip")?.trim() || null;
}
