// The one layout every email shares: a plain-text body and a simple HTML body built from
// the same parts. Everything that came from a person (names) is escaped in the HTML; links
// point only at the app's own pages (README, Email: never meeting URLs, tokens, chat text
// or anyone's email but the recipient's own).
import { env } from "@/lib/env";
import { CATEGORY_LABEL, type MailCategory } from "@/lib/mail/categories";
import type { OutgoingMail } from "@/lib/mail/enqueue-mail";

export type MailParts = {
  kind: string;
  category: MailCategory | null;
  subject: string;
  /** The recipient's own name, for the greeting. */
  recipientName: string;
  /** Paragraphs of plain text (escaped for the HTML body here). */
  paragraphs: string[];
  /** The one thing to do: a label and a path inside the app (`/friends`). */
  action: { label: string; path: string };
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** An app page's absolute address. */
export function appLink(path: string): string {
  return `${env().APP_URL}${path}`;
}

export function renderMail(parts: MailParts): OutgoingMail {
  const actionUrl = appLink(parts.action.path);
  const settingsUrl = appLink("/settings");
  const footer = parts.category
    ? `You get this email because email about ${CATEGORY_LABEL[parts.category]} is on. Turn it off in your settings (${settingsUrl}) or with your mail program's unsubscribe button.`
    : "You get this email because of something done with your Pairline account.";
  const text = [`Hi ${parts.recipientName},`, ...parts.paragraphs, `${parts.action.label}: ${actionUrl}`, "--", footer].join("\n\n") + "\n";
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2937; max-width: 560px; margin: 0 auto; padding: 16px;">
<p>Hi ${escapeHtml(parts.recipientName)},</p>
${parts.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n")}
<p><a href="${escapeHtml(actionUrl)}" style="display: inline-block; padding: 8px 16px; background: #2563eb; color: #ffffff; border-radius: 6px; text-decoration: none;">${escapeHtml(parts.action.label)}</a></p>
<hr style="border: none; border-top: 1px solid #e5e7eb;">
<p style="font-size: 12px; color: #6b7280;">${
    parts.category
      ? `You get this email because email about ${escapeHtml(CATEGORY_LABEL[parts.category])} is on. <a href="${escapeHtml(settingsUrl)}">Change your settings</a> or use your mail program's unsubscribe button.`
      : "You get this email because of something done with your Pairline account."
  }</p>
</body></html>
`;
  return { kind: parts.kind, category: parts.category, subject: parts.subject, text, html };
}
