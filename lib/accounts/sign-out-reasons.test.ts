import { describe, expect, it } from "vitest";
import { signOutReasonText } from "@/lib/accounts/sign-out-reasons";

describe("signOutReasonText", () => {
  it("says why for each known reason, and nothing for anything else", () => {
    expect(signOutReasonText("signed_out_everywhere")).toMatch(/You signed out everywhere/);
    expect(signOutReasonText("password_changed")).toMatch(/password was changed/);
    expect(signOutReasonText("account_disabled")).toMatch(/disabled/);
    expect(signOutReasonText("role_changed")).toMatch(/changed your account's role/);
    expect(signOutReasonText("revoked")).not.toMatch(/another tab/);
    expect(signOutReasonText("toString")).toBeNull();
    expect(signOutReasonText(undefined)).toBeNull();
  });
});
