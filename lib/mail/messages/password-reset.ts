// The password reset email (README, Password reset): plain text and simple HTML, to the
// account's own address only, with a link to the app's reset page and nothing else.
import type { OutgoingMail } from "@/lib/mail/enqueue-mail";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function passwordResetMail({ name, url, validMinutes }: { name: string; url: string; validMinutes: number }): OutgoingMail {
  const subject = "Reset your Pairline password";
  const text = [
    `Hi ${name},`,
    "",
    "Someone (we hope you) asked to reset the password of your Pairline account. Choose a new one here:",
    "",
    url,
    "",
    `The link works once, for ${validMinutes} minutes; asking again replaces it. Resetting signs you out everywhere.`,
    "If you did not ask, ignore this email: your password stays as it is.",
  ].join("\n");
  const html = [
    `<p>Hi ${escapeHtml(name)},</p>`,
    "<p>Someone (we hope you) asked to reset the password of your Pairline account.</p>",
    `<p><a href="${escapeHtml(url)}">Choose a new password</a></p>`,
    `<p>The link works once, for ${validMinutes} minutes; asking again replaces it. Resetting signs you out everywhere.</p>`,
    "<p>If you did not ask, ignore this email: your password stays as it is.</p>",
  ].join("\n");
  return { kind: "password_reset", category: null, subject, text, html };
}
