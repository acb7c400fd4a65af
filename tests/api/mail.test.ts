// Email (README, Email): the outbox sends through a real SMTP server started here
// (tests/support/smtp-inbox.ts) from an app server of this file's own, with short
// intervals (poll 200 ms, retries from 1 s) and a small per-recipient cap.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, createUser, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { openEventStream } from "../support/event-stream";
import { SHARED_TEST_SERVER_LIMITS } from "../support/test-limits";
import { settle, startSmtpInbox, type ReceivedMail, type SmtpInbox } from "../support/smtp-inbox";

const CAP = 4;
let inbox: SmtpInbox;
let server: AppServer;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  server = await startAppServer({
    name: "api-mail",
    extraEnv: {
      ...SHARED_TEST_SERVER_LIMITS,
      SMTP_URL: inbox.url,
      MAIL_FROM: "Pairline Test <no-reply@pairline.test>",
      MAIL_POLL_MS: "200",
      MAIL_RETRY_BASE_SECONDS: "1",
      MAIL_RETRY_CAP_SECONDS: "2",
      MAIL_MAX_ATTEMPTS: "30",
      MAIL_MAX_PER_RECIPIENT_PER_HOUR: String(CAP),
    },
  });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await inbox?.stop();
});

/** This file's server by default; `shared` is the API project's server, which has no SMTP_URL. */
let shared = false;
const on = () => ({ baseUrl: shared ? undefined : server.baseUrl });
const user = (name: string) => createUser(name, on());

async function request(from: TestUser, to: TestUser): Promise<number> {
  const sent = await api("/api/v1/friends/requests", { method: "POST", token: from.token, body: { user_id: to.id }, ...on() });
  expect(sent.status, sent.text).toBe(201);
  return sent.body.id;
}

async function befriend(a: TestUser, b: TestUser): Promise<void> {
  const id = await request(a, b);
  const accepted = await api(`/api/v1/friends/requests/${id}/accept`, { method: "POST", token: b.token, ...on() });
  expect(accepted.status, accepted.text).toBe(200);
}

async function startSession(a: TestUser, b: TestUser): Promise<number> {
  const created = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id }, ...on() });
  expect(created.status, created.text).toBe(201);
  const started = await api(`/api/v1/sessions/${created.body.id}/start/`, { method: "POST", token: a.token, ...on() });
  expect(started.status, started.text).toBe(200);
  return created.body.id;
}

const mailTo = (person: TestUser, subject: RegExp, timeoutMs = 10_000) =>
  inbox.waitFor((mail) => mail.to === person.email.toLowerCase() && subject.test(mail.subject), timeoutMs, `mail to ${person.name} matching ${subject}`);

/**
 * One more message through the outbox, waited for: the sender goes through rows in
 * order, so once it arrives, everything written before it was handled too.
 */
async function sentinel(): Promise<void> {
  const [x, y] = [await user("Sentinel X"), await user("Sentinel Y")];
  await request(x, y);
  await mailTo(y, /friend request/);
}

/** Everything a reader or a mail program sees: the headers, the subject and both bodies, decoded. */
const everything = (mail: ReceivedMail) => [mail.raw.split(/\r?\n\r?\n/)[0], mail.subject, mail.text, mail.html].join("\n");

/** A header as it arrived (unfolded), not as mailparser restructures it. */
const header = (mail: ReceivedMail, name: string) => {
  const block = mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:[ \\t]*(.*)$`, "im").exec(block)?.[1]?.trim();
};

/** The one-click URL from a message's List-Unsubscribe header, as a mail program reads it. */
const oneClickUrl = (mail: ReceivedMail) => /List-Unsubscribe:\s*<([^>]+)>/i.exec(mail.raw.replace(/\r?\n[ \t]+/g, " "))![1]!;

const oneClick = (url: string, body = "List-Unsubscribe=One-Click", contentType = "application/x-www-form-urlencoded") =>
  fetch(url.replace(/^https?:\/\/[^/]+/, server.baseUrl), { method: "POST", headers: { "content-type": contentType }, body });

describe("email notifications", () => {
  it("a friend request mails the recipient, an accept mails the sender; app links, escaped names, List-Unsubscribe headers", async () => {
    const alice = await user("Ali <i>& Co</i>");
    const bob = await user("Bob Mail");
    const id = await request(alice, bob);
    const received = await mailTo(bob, /sent you a friend request/);
    expect(received.subject).toBe("Ali <i>& Co</i> sent you a friend request on Pairline");
    expect(received.text).toContain(`${server.env.APP_URL}/friends`);
    expect(received.html).toContain("Ali &lt;i&gt;&amp; Co&lt;/i&gt;");
    expect(received.html).not.toContain("<i>");
    expect(header(received, "list-unsubscribe")).toMatch(new RegExp(`^<${server.env.APP_URL}/api/v1/unsubscribe\\?token=[^>]+>$`));
    expect(header(received, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // On one line: a folded List-Unsubscribe breaks DKIM on some servers.
    expect(received.raw).toMatch(/(^|\n)List-Unsubscribe: <http[^\r\n]+>\r?\n/);
    // Only the recipient's own address anywhere in the message.
    expect(everything(received)).not.toContain(alice.email);
    expect(everything(received)).toContain(bob.email);

    const accepted = await api(`/api/v1/friends/requests/${id}/accept`, { method: "POST", token: bob.token, ...on() });
    expect(accepted.status).toBe(200);
    const back = await mailTo(alice, /accepted your friend request/);
    expect(back.subject).toBe("Bob Mail accepted your friend request on Pairline");
    expect(everything(back)).not.toContain(bob.email);
    expect(header(back, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });

  it("session started: no mail while the other person has the app open (an event stream); a mail when they are offline, with no meeting URL, token, chat text or foreign email", async () => {
    const [ann, ben] = [await user("Ann Start"), await user("Ben Online")];
    await befriend(ann, ben);
    const stream = await openEventStream({ token: ben.token, url: server.baseUrl });
    expect(stream.status).toBe(200);
    await stream.waitFor((event) => event.name === "counts", 3_000, "initial counts");
    await startSession(ann, ben);
    await sentinel();
    expect(inbox.to(ben.email).filter((mail) => /started a session/.test(mail.subject))).toEqual([]);
    stream.close();

    const [cat, dan] = [await user("Cat Start"), await user("Dan Away")];
    await befriend(cat, dan);
    const secret = `chat-secret-${Date.now()}`;
    const posted = await api(`/api/v1/chats/${dan.id}/messages`, { method: "POST", token: cat.token, body: { text: secret }, ...on() });
    expect(posted.status).toBe(201);
    const sessionId = await startSession(cat, dan);
    const token = await api(`/api/v1/sessions/${sessionId}/join-token/`, { method: "POST", token: cat.token, ...on() });
    const mail = await mailTo(dan, /started a session with you/);
    expect(mail.subject).toBe("Cat Start started a session with you on Pairline");
    expect(mail.text).toContain(`${server.env.APP_URL}/sessions/${sessionId}`);
    const session = await api(`/api/v1/sessions/${sessionId}/`, { token: cat.token, ...on() });
    const forbiddenTexts: string[] = [secret, cat.email, "meet.jit.si", "/join/", session.body.zoom_meeting_url, token.body?.token].filter((value): value is string => typeof value === "string" && value !== "");
    for (const forbidden of forbiddenTexts) {
      expect(everything(mail), forbidden).not.toContain(forbidden);
    }
    // Every link is one of the app's pages or the unsubscribe link.
    const links = [...everything(mail).matchAll(/https?:\/\/[^\s"<>]+/g)].map((match) => match[0]);
    for (const link of links) expect(link.startsWith(server.env.APP_URL!), link).toBe(true);
  });

  it("POST /api/v1/unsubscribe – one click turns that category off (no cookie); the GET page changes nothing; a bad token is 400", async () => {
    const [eve, fay, gil] = [await user("Eve Sender"), await user("Fay Unsub"), await user("Gil Sender")];
    await request(eve, fay);
    const first = await mailTo(fay, /friend request/);
    const url = oneClickUrl(first);
    const token = new URL(url).searchParams.get("token")!;

    // Opening the page (as a link scanner would) changes nothing.
    const page = await fetch(`${server.baseUrl}/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Unsubscribe");
    const get = await fetch(url.replace(/^https?:\/\/[^/]+/, server.baseUrl));
    expect(get.status).toBe(405);
    await request(gil, fay);
    await inbox.waitFor((mail) => mail.to === fay.email.toLowerCase() && mail.subject.startsWith("Gil Sender"), 10_000, "the second request's mail");

    const bad = await oneClick(url.replace(/token=[^&]+/, "token=not-a-token"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "invalid_request", message: "This unsubscribe link is not valid." } });
    const tampered = await oneClick(url.slice(0, -2) + (url.endsWith("A") ? "BB" : "AA"));
    expect(tampered.status).toBe(400);
    const wrongBody = await oneClick(url, "List-Unsubscribe=Maybe");
    expect(wrongBody.status).toBe(400);
    const json = await oneClick(url, JSON.stringify({ "List-Unsubscribe": "One-Click" }), "application/json");
    expect(json.status).toBe(415);

    const done = await oneClick(url);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ category: "email_friend_requests", enabled: false });
    const before = inbox.to(fay.email).length;
    const hal = await user("Hal Sender");
    const halRequest = await request(hal, fay);
    await sentinel();
    expect(inbox.to(fay.email)).toHaveLength(before);
    // The token is for its category only: session-started mail still comes.
    const accepted = await api(`/api/v1/friends/requests/${halRequest}/accept`, { method: "POST", token: fay.token, ...on() });
    expect(accepted.status).toBe(200);
    await startSession(hal, fay);
    await mailTo(fay, /started a session/);
  });

  it("email_session_started off: no mail for a session started while offline", async () => {
    const [ivy, jon] = [await user("Ivy Start"), await user("Jon Off")];
    await befriend(ivy, jon);
    await startSession(ivy, jon);
    const first = await mailTo(jon, /started a session/);
    expect((await oneClick(oneClickUrl(first))).status).toBe(200);
    const count = inbox.to(jon.email).length;
    const kim = await user("Kim Start");
    await befriend(kim, jon);
    await startSession(kim, jon);
    await sentinel();
    // Only the accept's own mail went to Kim, nothing more to Jon but the friend request.
    expect(inbox.to(jon.email).filter((mail) => /started a session/.test(mail.subject))).toHaveLength(1);
    expect(inbox.to(jon.email).length).toBe(count + 1);
  });

  it(`at most ${CAP} messages per recipient per hour; the rest are dropped and logged`, async () => {
    const target = await user("Capped Target");
    const senders = await Promise.all(Array.from({ length: CAP + 2 }, (_, i) => user(`Sender ${i}`)));
    for (const sender of senders) await request(sender, target);
    await sentinel();
    await settle(500);
    expect(inbox.to(target.email)).toHaveLength(CAP);
    const dropped = fs
      .readFileSync(server.logPath, "utf8")
      .split("\n")
      .filter((line) => line.includes("over the recipient's hourly cap") && line.includes(`"recipient_id":${target.id}`));
    expect(dropped).toHaveLength(2);
  });

  it("with the SMTP server down for 10 s, each message arrives exactly once after it is back", async () => {
    const pairs = await Promise.all([0, 1, 2].map(async (i) => [await user(`Out From ${i}`), await user(`Out To ${i}`)] as const));
    await inbox.stop();
    for (const [from, to] of pairs) await request(from, to);
    await settle(10_000);
    await inbox.start();
    for (const [, to] of pairs) await mailTo(to, /friend request/, 15_000);
    await settle(3_000);
    for (const [, to] of pairs) {
      const got = inbox.to(to.email);
      expect(got).toHaveLength(1);
    }
    const ids = inbox.messages.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    const retried = fs.readFileSync(server.logPath, "utf8").split("\n").filter((line) => line.includes("will retry"));
    expect(retried.length).toBeGreaterThan(0);
  }, 60_000);
});

describe("without SMTP_URL (as in npm run demo)", () => {
  beforeAll(() => {
    shared = true;
  });
  afterAll(() => {
    shared = false;
  });

  it("a session started while the other person is away is written as a readable .eml file under MAIL_DIR", async () => {
    const [alice, bob] = [await user("Alice Eml"), await user("Bob Away")];
    await befriend(alice, bob);
    const sessionId = await startSession(alice, bob);
    const dir = inject("mailDir");
    const deadline = Date.now() + 10_000;
    let raw: string | undefined;
    while (!raw && Date.now() < deadline) {
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith(".eml")) : [];
      raw = files.map((file) => fs.readFileSync(path.join(dir, file), "utf8")).find((text) => text.includes(`To: ${bob.email}`) && text.includes("started a session"));
      if (!raw) await settle(200);
    }
    expect(raw, `no .eml for ${bob.email} in ${dir}`).toBeDefined();
    const mail = await simpleParser(raw!);
    expect(mail.subject).toBe("Alice Eml started a session with you on Pairline");
    expect(mail.text).toContain(`${inject("apiBaseUrl")}/sessions/${sessionId}`);
    expect(mail.text).not.toMatch(/meet\.jit\.si|zoom\.us|\/join\//);
  });
});
