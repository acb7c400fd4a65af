import { describe, expect, it } from "vitest";
import { parseCookies } from "@/lib/api/cookies";

describe("parseCookies", () => {
  it("reads well-formed cookies and decodes percent-encoding", () => {
    expect(parseCookies("a=1; b=hello%20world;c=\"quoted\"")).toEqual({ a: "1", b: "hello world", c: "quoted" });
  });

  it("keeps `=` inside values", () => {
    expect(parseCookies("token=abc==; x=1")).toEqual({ token: "abc==", x: "1" });
  });

  it.each([
    ["x=%E0", {}],
    ["x=%E0; next-auth.session-token=abc", { "next-auth.session-token": "abc" }],
    ["=novalue; ; ;;", {}],
    ["justaname", {}],
    ["bad name=1; good=2", { good: "2" }],
  ])("ignores what it cannot read in %j", (header, expected) => {
    expect(parseCookies(header)).toEqual(expected);
  });

  it("cannot be tricked into changing the prototype", () => {
    const cookies = parseCookies("__proto__=1; constructor=2");
    expect(Object.getPrototypeOf(cookies)).toBeNull();
    expect(cookies["__proto__"]).toBe("1");
    expect(cookies["constructor"]).toBe("2");
  });

  it("ignores a header over 16 KiB and empty headers", () => {
    expect(parseCookies(`a=${"x".repeat(17 * 1024)}`)).toEqual({});
    expect(parseCookies(null)).toEqual({});
    expect(parseCookies("")).toEqual({});
  });

  it("keeps the first of duplicate names", () => {
    expect(parseCookies("a=1; a=2")).toEqual({ a: "1" });
  });
});
