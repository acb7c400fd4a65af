// The browser tests' mail: e2e/server.ts runs a real SMTP server (tests/support/smtp-inbox.ts)
// for the app it starts and writes every message it receives to inboxDir(video); specs
// read them from there.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

export const inboxDir = (video: string) => path.resolve(import.meta.dirname, "..", ".tmp", `e2e-${video}`, "inbox");

export type E2eMail = { to: string[]; subject: string; text: string };

async function readInbox(video: string): Promise<E2eMail[]> {
  const dir = inboxDir(video);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith(".eml")).sort() : [];
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(fs.readFileSync(path.join(dir, file)));
      const groups = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
      return { to: groups.flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase())), subject: parsed.subject ?? "", text: parsed.text ?? "" };
    }),
  );
}

/** The newest message to `to` whose subject matches, waited for. */
export async function waitForMail({ video, to, subject, timeoutMs = 15_000 }: { video: string; to: string; subject: RegExp; timeoutMs?: number }): Promise<E2eMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readInbox(video)).filter((mail) => mail.to.includes(to.toLowerCase()) && subject.test(mail.subject)).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${subject} in ${inboxDir(video)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
