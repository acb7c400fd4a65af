// The example flow of docs/rules.md through the pages only, with two people in two browsers.
import fs from "node:fs";
import type { BrowserContext } from "@playwright/test";
import { befriend, expect, personIn, postAs, registerUser, serverVideo, signIn, test } from "./support";

// Where each provider's meetings live (the zoom project runs against the local fake Zoom).
const MEETING_URL = {
  jitsi: /^https:\/\/meet\.jit\.si\/pairline-[0-9a-f]{32}$/,
  zoom: /^https:\/\/zoom\.example\.test\/j\/\d+\?pwd=[\w-]+$/,
};
const meetingUrl = () => MEETING_URL[serverVideo()];

// The meeting itself lives at the video provider; the test stands in for it.
async function fakeMeetingHost(context: BrowserContext) {
  await context.route(/^https:\/\/(meet\.jit\.si|zoom\.example\.test)\//, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Meeting</title><h1>Meeting room</h1>" }),
  );
}

test("A starts from the friend list, B opens the chat card, ready rules, both join, B ends", async ({ browser, request }) => {
  test.setTimeout(150_000);
  const alice = await registerUser(request, "Alice Flow");
  const bob = await registerUser(request, "Bob Flow");
  await befriend(request, alice, bob);
  const a = await personIn(browser, alice);
  const b = await personIn(browser, bob);
  await fakeMeetingHost(a.context);
  await fakeMeetingHost(b.context);

  // A starts from the friend list on the home page: one click creates and starts the
  // session, and she lands in the waiting room, waiting for B.
  await a.page.goto("/");
  await a.page.getByRole("listitem").filter({ hasText: bob.name }).getByRole("button", { name: "Start session" }).click();
  await expect(a.page).toHaveURL(/\/sessions\/\d+$/);
  const sessionPath = new URL(a.page.url()).pathname;
  await expect(a.page.getByTestId("session-status")).toHaveText("Meeting open");
  await expect(a.page.getByRole("button", { name: "Start session" })).toHaveCount(0);
  await expect(a.page.getByTestId("join-reason")).toHaveText(`Waiting for ${bob.name} to get ready`);
  // Only the actions the API allows now are shown: no Join meeting until she may join.
  await expect(a.page.getByRole("button", { name: "Join meeting" })).toHaveCount(0);

  // B sees the session on the home page, and the card in chat, which opens the waiting room.
  await b.page.goto("/");
  const openRow = b.page.getByRole("list", { name: "Open sessions" }).getByRole("listitem").filter({ hasText: `With ${alice.name}` });
  await expect(openRow.getByTestId("session-status")).toHaveText("Active");
  // README pictures are refreshed on request only, so a test run leaves the tree clean.
  const screenshots = Boolean(process.env.UPDATE_SCREENSHOTS) && serverVideo() === "jitsi";
  if (screenshots) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await b.page.screenshot({ path: "docs/screenshots/home-open-session.png", fullPage: true });
  }
  await b.page.goto(`/chat/${alice.id}`);
  await expect(b.page.getByText(`${alice.name} started a video session`)).toBeVisible();
  await b.page.getByRole("link", { name: "Open waiting room" }).last().click();
  await expect(b.page).toHaveURL(new RegExp(`${sessionPath}$`));
  await expect(b.page.getByTestId("join-reason")).toHaveText("Press Mark ready when you are ready to join.");
  await expect(b.page.getByRole("button", { name: "Join meeting" })).toHaveCount(0);
  if (screenshots) await b.page.screenshot({ path: "docs/screenshots/waiting-room.png", fullPage: true });

  // B marks ready: A's Join meeting becomes enabled without a reload; B now waits for A.
  // A started it, so Ready means nothing to A (§6): Join meeting is A's one primary button.
  await expect(a.page.getByRole("button", { name: "Mark ready" })).toHaveCount(0);
  await b.page.getByRole("button", { name: "Mark ready" }).click();
  await expect(b.page.getByTestId("join-reason")).toHaveText(`Waiting for ${alice.name} to join the meeting first`);
  await expect(a.page.getByRole("button", { name: "Join meeting" })).toBeEnabled({ timeout: 8_000 });
  await expect(b.page.getByRole("button", { name: "Join meeting" })).toHaveCount(0);
  if (screenshots) await a.page.screenshot({ path: "docs/screenshots/waiting-room-ready.png", fullPage: true });

  // Both join: a new tab goes through the one-time link to the meeting. A's join marks A
  // ready, so B's Join meeting becomes enabled without a reload.
  for (const person of [a, b]) {
    await expect(person.page.getByRole("button", { name: "Join meeting" })).toBeEnabled({ timeout: 8_000 });
    const [meetingTab] = await Promise.all([person.context.waitForEvent("page"), person.page.getByRole("button", { name: "Join meeting" }).click()]);
    await meetingTab.waitForURL(meetingUrl());
    await expect(meetingTab.getByRole("heading", { name: "Meeting room" })).toBeVisible();
    await meetingTab.close();
  }

  // B ends the session; A sees it end within a poll.
  await b.page.getByRole("button", { name: "End session" }).click();
  await b.page.getByRole("dialog", { name: /^End the session/ }).getByRole("button", { name: "Yes, end it" }).click();
  await expect(b.page.getByTestId("session-status")).toHaveText("Ended");
  await expect(a.page.getByTestId("session-status")).toHaveText("Ended", { timeout: 8_000 });
  if (screenshots) await a.page.screenshot({ path: "docs/screenshots/waiting-room-over.png", fullPage: true });
  await expect(a.page.getByRole("button", { name: "Join meeting" })).toHaveCount(0);

  // Both see the audit log.
  for (const person of [a, b]) {
    const log = person.page.getByRole("list", { name: "Activity" });
    for (const event of ["created", "started", "zoom_link_generated", "ready", "joined", "ended"]) {
      await expect(log.locator(`[data-event="${event}"]`).first()).toBeVisible();
    }
    await expect(log.locator('[data-event="joined"]')).toHaveCount(2);
  }

  // The session appears in both histories with its duration.
  await a.page.goto("/sessions");
  await expect(a.page.getByRole("list", { name: "Sessions" }).getByRole("link", { name: new RegExp(`With ${bob.name}.*Ended`) })).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test("a join link is personal and single-use; the join page says so in words", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Link");
  const bob = await registerUser(request, "Bob Link");
  await befriend(request, alice, bob);
  const created = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${created.id}/start/`);
  await postAs(request, bob, `/api/v1/sessions/${created.id}/ready/`);
  const { join_url } = await postAs(request, alice, `/api/v1/sessions/${created.id}/join-token/`);
  const joinPath = new URL(join_url).pathname;

  // Signed out: sign in first, then back to the link.
  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  await fakeMeetingHost(anonymous);
  await page.goto(joinPath);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);

  // Bob is not the owner.
  const b = await personIn(browser, bob);
  await b.page.goto(joinPath);
  await expect(b.page.getByRole("heading", { name: "This join link is not yours" })).toBeVisible();

  // Alice signs in from the redirect and is sent on to the meeting.
  await page.getByLabel("Email").fill(alice.email);
  await page.getByLabel("Password").fill(alice.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(meetingUrl());

  // Used once: a second visit explains it.
  const again = await anonymous.newPage();
  await again.goto(joinPath);
  await expect(again.getByRole("heading", { name: "This join link was already used" })).toBeVisible();
  await again.goto("/join/not-a-real-token");
  await expect(again.getByRole("heading", { name: "This join link is not valid" })).toBeVisible();
  await anonymous.close();
  await b.context.close();
});

test("the waiting room says in words why an action failed, and works at phone width", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Phone");
  const bob = await registerUser(request, "Bob Phone");
  await befriend(request, alice, bob);
  const created = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });

  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await signIn(page, alice);
  // Hold back the eligibility poll and the event stream so the page still offers Start after Bob cancels.
  await page.route("**/join-eligibility/**", (route) => route.abort());
  await page.route("**/api/v1/events", (route) => route.abort());
  await page.goto(`/sessions/${created.id}`);
  await expect(page.getByTestId("join-reason")).toHaveText("The meeting has not been started yet. Either of you can start it.");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // Bob cancels from his side; Alice's Start then fails, and the page says why.
  await postAs(request, bob, `/api/v1/sessions/${created.id}/cancel/`);
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("The session is cancelled; only a pending or scheduled session can be started.");
  await page.unroute("**/join-eligibility/**");
  await expect(page.getByTestId("session-status")).toHaveText("Cancelled", { timeout: 8_000 });
  await expect(page.getByTestId("summary-outcome")).toHaveText(`${bob.name} cancelled the session.`);
  if (process.env.UPDATE_SCREENSHOTS && serverVideo() === "jitsi") await page.screenshot({ path: "docs/screenshots/phone-session-over.png", fullPage: true });
  for (const name of ["Start session", "Mark ready", "Join meeting", "End session", "Cancel session"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await context.close();
});
