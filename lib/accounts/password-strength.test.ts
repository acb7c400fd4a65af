import { describe, expect, it } from "vitest";
import { judgePassword, personalWords } from "@/lib/accounts/password-strength";

describe("personalWords", () => {
  it("gives zxcvbn the email, its local part and parts, and the name's words", () => {
    expect(personalWords({ email: "mary-jane.doe@example.com", name: "Mary Jane" }).sort()).toEqual(
      ["com", "doe", "example", "jane", "mary", "mary jane", "mary-jane.doe", "mary-jane.doe@example.com"].sort(),
    );
  });
});

describe("judgePassword", () => {
  const user = { email: "mary-jane.doe@example.com", name: "Mary Jane" };

  it.each([
    ["a passphrase of unrelated words", "violet kettle orbit lantern"],
    ["the demo password", "pairline-demo"],
    ["a long random string, judged on its first 64 characters", "Xq9$v!L2#pR7&mZ4".repeat(16)],
  ])("accepts %s", (_label, password) => {
    expect(judgePassword(password, user)).toEqual({ ok: true });
  });

  it.each([
    ["a common password", "password1234", /commonly used password/],
    ["a keyboard row", "qwertyuiop[]", /Straight rows of keys/],
    ["a repeat", "abcabcabcabc", /Repeated character patterns/],
    ["the name, run together", "MaryJane!2024", /name or email/],
    ["the email's local part", "mary-jane.doe rocks", /name or email/],
  ])("refuses %s and says why", (_label, password, reason) => {
    const verdict = judgePassword(password, user);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? "" : verdict.reason).toMatch(reason);
  });
});
