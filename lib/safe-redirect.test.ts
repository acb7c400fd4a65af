import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/safe-redirect";

const APP = "https://pairline.example";

describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/friends", "/friends"],
    ["/sessions/12?tab=log#audit", "/sessions/12?tab=log#audit"],
    ["/join/abc-DEF_123", "/join/abc-DEF_123"],
    ["/chat/3/../4", "/chat/4"],
    ["/search?q=%2F%2F", "/search?q=%2F%2F"], // an encoded `//` in the query is only data
  ])("keeps the same-origin path %j", (input, expected) => {
    expect(safeRedirectPath(input, "/", APP)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [""],
    ["friends"],
    ["//evil.example"],
    ["//evil.example/path"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["\t//evil.example"],
    ["/%09/evil.example"],
    ["/%2F/evil.example"],
    ["/%2f%2fevil.example"],
    ["/%5Cevil.example"],
    ["/%E0"],
    ["https://evil.example"],
    ["https://pairline.example/friends"], // absolute URLs are refused even on our origin: paths only
    ["http:evil.example"],
    ["javascript:alert(1)"],
    ["JAVASCRIPT:alert(1)"],
    ["data:text/html,hi"],
    ["/" + "a".repeat(3000)],
  ])("falls back to / for %j", (input) => {
    expect(safeRedirectPath(input as string | null | undefined, "/", APP)).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeRedirectPath("//evil.example", "/login", APP)).toBe("/login");
  });
});
