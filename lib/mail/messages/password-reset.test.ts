import { describe, expect, it } from "vitest";
import { passwordResetMail } from "@/lib/mail/messages/password-reset";

describe("passwordResetMail", () => {
  it("links to the reset page, escapes the name in HTML, and cannot be turned off", () => {
    const mail = passwordResetMail({ name: `<b>Eve</b> & "Co"`, url: "https://app.test/reset-password/abc", validMinutes: 30 });
    expect(mail).toMatchObject({ kind: "password_reset", category: null, subject: "Reset your Pairline password" });
    expect(mail.text).toContain("https://app.test/reset-password/abc");
    expect(mail.text).toContain(`Hi <b>Eve</b> & "Co",`);
    expect(mail.html).toContain("&#60;b&#62;Eve&#60;/b&#62; &#38; &#34;Co&#34;");
    expect(mail.html).not.toContain("<b>Eve");
    expect(mail.html).toContain(`href="https://app.test/reset-password/abc"`);
    expect(mail.text).toContain("30 minutes");
  });
});
