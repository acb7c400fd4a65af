// How a message leaves: nodemailer over SMTP_URL, or, with no SMTP_URL, nodemailer's
// stream transport builds the same raw message and it is written to MAIL_DIR as an .eml
// file (the demo's mail; README, Email).
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type RawMail = {
  /** A stable Message-ID per outbox row, so a retried send is recognisably the same message. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** An iCalendar part: nodemailer adds it as `text/calendar; method=<METHOD>`, the file's own METHOD. */
  calendar?: { method: string; content: string };
};

export type MailTransport = { send: (mail: RawMail) => Promise<void>; close: () => void };

/** Below the outbox's claim lease (MAIL_CLAIM_LEASE_SECONDS), so a hung server cannot make a row look abandoned mid-send. */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * Our own headers (List-Unsubscribe, ...) go out on one line each: nodemailer would fold a
 * long one, and some receiving servers fail the DKIM check of a folded List-Unsubscribe.
 * They are ASCII we wrote; line breaks are removed all the same.
 */
function oneLine(headers: Record<string, string>): Record<string, { prepared: true; value: string }> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, { prepared: true as const, value: value.replace(/[\r\n]+/g, " ") }]));
}

export function createMailTransport(): MailTransport {
  const config = env();
  const message = (mail: RawMail) => ({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: oneLine(mail.headers), messageId: mail.messageId, ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, filename: "invite.ics", content: mail.calendar.content } } : {}) });
  if (config.SMTP_URL) {
    const transporter: Transporter = nodemailer.createTransport({ url: config.SMTP_URL, ...SMTP_TIMEOUTS } as Parameters<typeof nodemailer.createTransport>[0]);
    return {
      send: async (mail) => {
        await transporter.sendMail(message(mail));
      },
      close: () => transporter.close(),
    };
  }
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const dir = path.resolve(config.MAIL_DIR);
  return {
    send: async (mail) => {
      const info = await builder.sendMail(message(mail));
      await fs.mkdir(dir, { recursive: true });
      // Named by the Message-ID: a retry of the same row overwrites its own file.
      const name = `${mail.messageId.replace(/[<>]/g, "").replace(/[^A-Za-z0-9.-]/g, "_")}.eml`;
      await fs.writeFile(path.join(dir, name), info.message as Buffer);
    },
    close: () => builder.close(),
  };
}
