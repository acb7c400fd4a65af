import { describe, expect, it } from "vitest";
import { ifNoneMatchMatches, jsonWithEtag, prepareJson } from "@/lib/api/etag";

describe("If-None-Match (weak comparison, RFC 9110 §13.1.2)", () => {
  const etag = 'W/"abc"';
  it.each([
    ['W/"abc"', true],
    ['"abc"', true], // the strong form of a weak tag matches under weak comparison
    ['"x", W/"abc"', true],
    ['"x","abc"', true],
    ['  "x" ,  "abc"  ', true],
    ["*", true],
    ['"abcd"', false],
    ['W/"ab"', false],
    ["abc", false],
    ['"x"', false],
    ["", false],
    ['W/"abc', false],
  ])("%j → %s", (header, expected) => {
    expect(ifNoneMatchMatches(header, etag)).toBe(expected);
  });

  it("reads tags that contain commas", () => {
    expect(ifNoneMatchMatches('"a,b", "c"', '"c"')).toBe(true);
    expect(ifNoneMatchMatches('"a,b"', 'W/"a,b"')).toBe(true);
    expect(ifNoneMatchMatches('"a,b"', '"a"')).toBe(false);
  });

  it("no header, no match", () => {
    expect(ifNoneMatchMatches(null, etag)).toBe(false);
  });
});

describe("jsonWithEtag", () => {
  it("answers 304 with the ETag for either form of the tag, 200 with the body otherwise", async () => {
    const prepared = prepareJson({ a: 1 });
    expect(prepared.etag).toMatch(/^W\/"[\w-]{27}"$/);
    const strong = prepared.etag.slice(2);
    const notModified = jsonWithEtag(new Request("http://x/", { headers: { "if-none-match": strong } }), { a: 1 });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(prepared.etag);
    const full = jsonWithEtag(new Request("http://x/", { headers: { "if-none-match": '"other"' } }), { a: 1 });
    expect(full.status).toBe(200);
    expect(full.headers.get("etag")).toBe(prepared.etag);
    expect(await full.json()).toEqual({ a: 1 });
  });
});
