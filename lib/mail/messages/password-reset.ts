// The password reset email (README, Password reset): to the account's own address only,
// with a link to the app's reset page and nothing else. It cannot be turned off.
import { renderMail } from "@/lib/mail/messages/layout";

export function passwordResetMail({ name, token, validMinutes }: { name: string; token: string; validMinutes: number }) {
  return renderMail({
    kind: "password_reset",
    category: null,
    subject: "Reset your Pairline password",
    recipientName: name,
    paragraphs: [
      "Someone (we hope you) asked to reset the password of your Pairline account.",
      `The link works once, for ${validMinutes} minutes; asking again replaces it. Resetting signs you out everywhere.`,
      "If you did not ask, ignore this email: your password stays as it is.",
    ],
    action: { label: "Choose a new password", path: `/reset-password/${token}` },
  });
}
