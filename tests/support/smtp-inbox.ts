// A real SMTP server for the mail tests (smtp-server), on a free local port, collecting
// every message it accepts, parsed by mailparser. It can be stopped and started again on
// the same port to play an SMTP outage. With `saveTo` it also writes each message, as it
// arrived, to `<saveTo>/<n>.eml`: the browser tests' server (e2e/server.ts) runs one for
// specs in another process, which read the files (e2e/inbox.ts).
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { freePort } from "./ports";

export type ReceivedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Map<string, unknown>;
  /** The message as it arrived, headers and all. */
  raw: string;
  at: number;
};

export type SmtpInbox = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Messages to `address` (case-insensitive). */
  to: (address: string) => ReceivedMail[];
  waitFor: (predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number, what?: string) => Promise<ReceivedMail>;
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

function addressesOf(parsed: ParsedMail): string {
  const to = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
  return to.flatMap((group) => group.value.map((entry) => entry.address ?? "")).join(",").toLowerCase();
}

export async function startSmtpInbox({ saveTo }: { saveTo?: string } = {}): Promise<SmtpInbox> {
  const port = await freePort();
  if (saveTo) fs.mkdirSync(saveTo, { recursive: true });
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let server: SMTPServer | undefined;

  const create = () =>
    new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          try {
            const parsed = await simpleParser(raw);
            messages.push({
              to: addressesOf(parsed),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              messageId: parsed.messageId ?? "",
              headers: parsed.headers as Map<string, unknown>,
              raw,
              at: Date.now(),
            });
            // Written whole, then renamed: a reader never sees half a message.
            if (saveTo) {
              const file = path.join(saveTo, `${String(messages.length).padStart(5, "0")}.eml`);
              fs.writeFileSync(`${file}.part`, raw);
              fs.renameSync(`${file}.part`, file);
            }
            for (const waiter of [...waiters]) waiter();
            callback();
          } catch (error) {
            callback(error as Error);
          }
        });
      },
    });

  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = create();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const closing = server;
      server = undefined;
      closing.close(() => resolve());
    });

  await start();
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((mail) => mail.to.split(",").includes(address.toLowerCase())),
    waitFor: (predicate, timeoutMs = 10_000, what = "a message") =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No ${what} within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    stop,
    start,
  };
}

/** Waits `ms`, for checks that nothing (more) arrives. */
export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
