import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { passwordResetMail } from "@/lib/mail/messages/password-reset";

describe("passwordResetMail", () => {
  it("links to the reset page, escapes the name in HTML, and cannot be turned off", () => {
    const mail = passwordResetMail({ name: `<b>Eve</b> & "Co"`, token: "abc", validMinutes: 30 });
    expect(mail).toMatchObject({ kind: "password_reset", category: null, subject: "Reset your Pairline password" });
    expect(mail.text).toContain(`${env().APP_URL}/reset-password/abc`);
    expect(mail.text).toContain(`Hi <b>Eve</b> & "Co",`);
    expect(mail.html).toContain("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;");
    expect(mail.html).not.toContain("<b>Eve");
    expect(mail.html).toContain(`href="${env().APP_URL}/reset-password/abc"`);
    expect(mail.text).toContain("30 minutes");
  });
});
