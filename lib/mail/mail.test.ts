import { describe, expect, it } from "vitest";
import { backoffSeconds } from "@/lib/mail/backoff";
import { escapeHtml } from "@/lib/mail/messages/layout";

describe("mail", () => {
  it("backs off exponentially from the base up to the cap; the defaults spread 8 tries over more than an hour", () => {
    expect([1, 2, 3, 4, 5].map((attempts) => backoffSeconds(attempts, { base: 1, cap: 2 }))).toEqual([1, 2, 2, 2, 2]);
    const waits = [1, 2, 3, 4, 5, 6, 7].map((attempts) => backoffSeconds(attempts, { base: 60, cap: 3600 }));
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600]);
    expect(waits.reduce((sum, wait) => sum + wait, 0)).toBeGreaterThan(3600);
  });

  it("escapes what people typed before it goes into the HTML body", () => {
    expect(escapeHtml(`Ali <script>"&'`)).toBe("Ali &lt;script&gt;&quot;&amp;&#39;");
  });
});
