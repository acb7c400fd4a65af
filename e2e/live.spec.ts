// Live updates in two browsers (README, Pages and Live updates): a friend's start reaches any page as
// a toast, header counts and the tab title follow, chat and the waiting room update at
// once; and with the stream blocked the waiting room still works by polling.
import fs from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { befriend, expect, openLive, personIn, postAs, registerUser, test } from "./support";

const screenshots = Boolean(process.env.UPDATE_SCREENSHOTS);

// Two browsers, a hundred messages and a meeting each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** Does something in the page and waits for its POST to be answered: "within 1 s" counts from there. */
async function acted(page: Page, pathEnd: string, action: () => Promise<void>) {
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith(pathEnd) && response.ok());
  await action();
  await answered;
}

type Sign = { inLog: string } | { enabledButton: string };

/**
 * When `sign` first holds in `page`, on the machine's clock: polled every 20 ms from
 * before the action, so the time is not rounded up to an assertion's retry interval.
 */
function whenShown(page: Page, sign: Sign): Promise<number> {
  return page
    .waitForFunction(
      (wanted) => {
        if ("inLog" in wanted) return document.querySelector('[role="log"]')?.textContent?.includes(wanted.inLog) ? Date.now() : 0;
        const button = [...document.querySelectorAll("button")].find((element) => element.textContent?.trim() === wanted.enabledButton);
        return button && !button.disabled ? Date.now() : 0;
      },
      sign,
      { polling: 20, timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue());
}

/** `action` in one page shows `sign` in the other within 1 s of its POST being answered. */
async function reachesWithinOneSecond(watcher: Page, sign: Sign, actor: Page, pathEnd: string, action: () => Promise<void>) {
  const shown = whenShown(watcher, sign);
  await acted(actor, pathEnd, action);
  const answeredAt = Date.now();
  expect((await shown) - answeredAt, `${JSON.stringify(sign)}: ms after the POST was answered`).toBeLessThan(1_000);
}

async function fakeMeetingHost(context: BrowserContext) {
  await context.route(/^https:\/\/meet\.jit\.si\//, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Meeting</title><h1>Meeting room</h1>" }),
  );
}

test("Bob on the home page sees Alice's one-click start as a toast, counts and title follow, chat is live", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const alice = await registerUser(request, `Alice ${tag}`);
  const bob = await registerUser(request, `Bob ${tag}`);
  await befriend(request, alice, bob);
  const a = await personIn(browser, alice);
  const b = await personIn(browser, bob);
  await openLive(b.page, "/");
  await expect(b.page).toHaveTitle("Home · Pairline");

  // Alice: one click on the friend list starts the session and leaves her waiting for Bob.
  await a.page.goto("/friends");
  await a.page.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: bob.name }).getByRole("button", { name: "Start session" }).click();
  await expect(a.page).toHaveURL(/\/sessions\/\d+$/);
  const sessionPath = new URL(a.page.url()).pathname;
  // Active, but nobody is in the meeting yet.
  await expect(a.page.getByTestId("session-status")).toHaveText("Meeting open");
  await expect(a.page.getByTestId("join-reason")).toHaveText(`Waiting for ${bob.name} to get ready`);

  // Bob, without a reload: the toast (announced politely), the counts and the title.
  const toast = b.page.getByRole("status").getByTestId("session-toast");
  await expect(toast).toContainText(`${alice.name} started a session`, { timeout: 2_000 });
  const counts = b.page.getByRole("list", { name: "Waiting for you" });
  await expect(counts.getByTestId("count-sessions")).toHaveText("1session waiting");
  await expect(counts.getByTestId("count-unread")).toHaveText("1unread message");
  await expect(b.page).toHaveTitle("(2) Home · Pairline");
  const openRow = b.page.getByRole("list", { name: "Open sessions" }).getByRole("listitem").filter({ hasText: `With ${alice.name}` });
  await expect(openRow.getByTestId("session-status")).toHaveText("Active");
  await expect(openRow.getByRole("link", { name: "Open waiting room" })).toBeVisible();
  if (screenshots) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await b.page.screenshot({ path: "docs/screenshots/live-toast.png" });
  }

  // Open waiting room takes him there; marking ready clears that count, and Alice's
  // waiting room follows within a second (its poll alone would take up to 2 s).
  await toast.getByRole("link", { name: "Open waiting room" }).click();
  await expect(b.page).toHaveURL(new RegExp(`${sessionPath}$`));
  await expect(b.page.getByTestId("session-toast")).toHaveCount(0);
  await reachesWithinOneSecond(a.page, { enabledButton: "Join meeting" }, b.page, "/ready/", () =>
    b.page.getByRole("button", { name: "Mark ready" }).click(),
  );
  await expect(a.page.getByRole("button", { name: "Join meeting" })).toBeEnabled();
  await expect(counts.getByTestId("count-sessions")).toHaveCount(0);
  await expect(b.page).toHaveTitle(`(1) Session with ${alice.name} · Pairline`);

  // Reading the chat clears the unread count and the title.
  await openLive(b.page, `/chat/${alice.id}`);
  await expect(b.page.getByText(`${alice.name} started a video session`)).toBeVisible();
  await expect(counts.getByTestId("count-unread")).toHaveCount(0);
  await expect(b.page).toHaveTitle(`Chat with ${alice.name} · Pairline`);

  // Messages appear on the other side within a second (the chat's poll is 2.5 s).
  await openLive(a.page, `/chat/${bob.id}`);
  await a.page.getByRole("textbox", { name: "Message" }).fill("Are you there?");
  await reachesWithinOneSecond(b.page, { inLog: "Are you there?" }, a.page, "/messages", () =>
    a.page.getByRole("textbox", { name: "Message" }).press("Enter"),
  );
  await expect(b.page.getByRole("log", { name: "Messages" }).getByText("Are you there?")).toBeVisible();
  await b.page.getByRole("textbox", { name: "Message" }).fill("Yes, joining now");
  await reachesWithinOneSecond(a.page, { inLog: "Yes, joining now" }, b.page, "/messages", () =>
    b.page.getByRole("textbox", { name: "Message" }).press("Enter"),
  );
  await expect(a.page.getByRole("log", { name: "Messages" }).getByText("Yes, joining now")).toBeVisible();
  // Bob had the chat open: what arrived is read at once, so nothing is counted.
  await expect(counts.getByTestId("count-unread")).toHaveCount(0);

  // Bob elsewhere: a new message counts as unread, in the header and the title.
  await openLive(b.page, "/friends");
  await a.page.getByRole("textbox", { name: "Message" }).fill("One more thing");
  await a.page.getByRole("textbox", { name: "Message" }).press("Enter");
  await expect(counts.getByTestId("count-unread")).toHaveText("1unread message", { timeout: 2_000 });
  await expect(b.page).toHaveTitle("(1) Friends · Pairline");
  if (screenshots) await b.page.locator("header").screenshot({ path: "docs/screenshots/header-counts.png" });

  await a.context.close();
  await b.context.close();
});

test("Load earlier shows older messages and keeps the reader's place", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const carol = await registerUser(request, `Carol ${tag}`);
  const dan = await registerUser(request, `Dan ${tag}`);
  await befriend(request, carol, dan);
  for (let index = 0; index < 110; index++) {
    const [from, to] = index % 2 ? [dan, carol] : [carol, dan];
    await postAs(request, from, `/api/v1/chats/${to.id}/messages`, { text: `Message number ${index}` });
  }
  const c = await personIn(browser, carol);
  await c.page.goto(`/chat/${dan.id}`);
  const log = c.page.getByRole("log", { name: "Messages" });
  // Each message reads "<who>: <text>" to a screen reader.
  const message = (index: number) => log.getByText(new RegExp(`: Message number ${index}$`));
  await expect(message(109)).toBeVisible();
  await expect(message(9)).toHaveCount(0);
  const firstShown = message(10);

  await log.evaluate((element) => (element.scrollTop = 0));
  await log.getByRole("button", { name: "Load earlier" }).click();
  await expect(message(0)).toBeAttached();
  await expect(log.getByRole("button", { name: "Load earlier" })).toHaveCount(0);
  // What was at the top is still in view, not pushed away by the older messages.
  await expect(firstShown).toBeInViewport();
  await expect(message(0)).not.toBeInViewport();
  await c.context.close();
});

test("with the event stream blocked, the waiting room still completes the flow by polling", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const erin = await registerUser(request, `Erin ${tag}`);
  const finn = await registerUser(request, `Finn ${tag}`);
  await befriend(request, erin, finn);
  const e = await personIn(browser, erin);
  const f = await personIn(browser, finn);
  for (const person of [e, f]) {
    await person.context.route("**/api/v1/events", (route) => route.abort());
    await fakeMeetingHost(person.context);
  }

  await e.page.goto("/");
  await e.page.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: finn.name }).getByRole("button", { name: "Start session" }).click();
  await expect(e.page.getByTestId("session-status")).toHaveText("Meeting open");
  const sessionPath = new URL(e.page.url()).pathname;

  await f.page.goto(sessionPath);
  await f.page.getByRole("button", { name: "Mark ready" }).click();
  await expect(e.page.getByRole("button", { name: "Join meeting" })).toBeEnabled({ timeout: 8_000 });
  // Erin started it: her join marks her ready, which lets Finn in (§6).
  for (const person of [e, f]) {
    await expect(person.page.getByRole("button", { name: "Join meeting" })).toBeEnabled({ timeout: 8_000 });
    const [meetingTab] = await Promise.all([person.context.waitForEvent("page"), person.page.getByRole("button", { name: "Join meeting" }).click()]);
    await meetingTab.waitForURL(/^https:\/\/meet\.jit\.si\//, { timeout: 30_000 });
    await expect(meetingTab.getByRole("heading", { name: "Meeting room" })).toBeVisible();
    await meetingTab.close();
  }
  // End asks first: it ends the session for both.
  await f.page.getByRole("button", { name: "End session" }).click();
  await f.page.getByRole("dialog", { name: "End the session for both of you?" }).getByRole("button", { name: "Yes, end it" }).click();
  await expect(e.page.getByTestId("session-status")).toHaveText("Ended", { timeout: 8_000 });
  await e.context.close();
  await f.context.close();
});
