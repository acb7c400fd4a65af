import { describe, expect, it } from "vitest";
import { linkify } from "@/lib/chat/linkify";

describe("linkify", () => {
  it("turns http and https URLs into links and leaves the rest as text", () => {
    expect(linkify("see https://example.com/a?b=1 and http://x.test.")).toEqual([
      { kind: "text", text: "see " },
      { kind: "link", text: "https://example.com/a?b=1", href: "https://example.com/a?b=1" },
      { kind: "text", text: " and " },
      { kind: "link", text: "http://x.test", href: "http://x.test/" },
      { kind: "text", text: "." },
    ]);
  });

  it("never links other schemes", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://files.test/a", "mailto:a@b.test"]) {
      expect(linkify(text)).toEqual([{ kind: "text", text }]);
    }
  });

  it("plain text is one part", () => {
    expect(linkify("hello")).toEqual([{ kind: "text", text: "hello" }]);
  });
});
