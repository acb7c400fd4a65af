/** How a cursor-paged list documents its `Link` header. */
export const nextLink = { Link: { description: 'RFC 8288 `<...>; rel="next"` when there is a next page; absent on the last. Its `cursor` is the only one to send.' } };

// RFC 8288 `Link: <...>; rel="next"` for cursor-paged lists.
export function nextLinkHeader(req: Request, cursor: number | string | null): Record<string, string> {
  if (cursor === null) return {};
  const url = new URL(req.url);
  url.searchParams.set("cursor", String(cursor));
  return { link: `<${url.pathname}${url.search}>; rel="next"` };
}
