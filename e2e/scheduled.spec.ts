// Scheduled sessions in two browsers in two time zones (README, Scheduled sessions): Alice
// plans a session from the friend list and Bob sees it live and accepts; a new proposed
// time reaches the other page; Add to calendar downloads an iCalendar file a real parser
// reads; and with the server's clock moved (e2e/clock.ts) the countdown, the reminder
// toast and Start session appear inside the window, and a passed window reads "missed".
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import ICAL from "ical.js";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { resetServerClock, setServerClockOffset } from "./clock";
import { befriend, expect, openLive, postAs, registerUser, serverVideo, signIn, test, type E2EUser } from "./support";

const screenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const video = serverVideo;
const MINUTE = 60_000;

test.describe.configure({ timeout: 120_000 });
test.afterEach(() => resetServerClock(video()));

/** A signed-in browser whose clock reads `zone`, as someone living there. */
async function personInZone(browser: Browser, user: E2EUser, timezoneId: string, clockAt?: number) {
  // British English: 24-hour times the assertions can name.
  const context = await browser.newContext({ timezoneId, locale: "en-GB" });
  const page = await context.newPage();
  // Installed before any page loads, so every timer of the app runs on it.
  if (clockAt !== undefined) await page.clock.install({ time: clockAt });
  await signIn(page, user);
  return { context, page };
}

async function pair(request: APIRequestContext) {
  const tag = Math.random().toString(36).slice(2, 7);
  const alice = await registerUser(request, `Alice ${tag}`);
  const bob = await registerUser(request, `Bob ${tag}`);
  await befriend(request, alice, bob);
  return { alice, bob };
}

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((violation) => `${where}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

test("Alice schedules for tomorrow from the friend list; Bob sees it live and accepts; Alice sees the answer live", async ({ browser, request }) => {
  const { alice, bob } = await pair(request);
  const a = await personInZone(browser, alice, "Europe/Berlin");
  const b = await personInZone(browser, bob, "America/New_York");
  await openLive(b.page, "/");
  const upcoming = b.page.getByRole("list", { name: "Upcoming sessions" });
  await expect(b.page.getByText("Nothing planned.")).toBeVisible();

  await a.page.goto("/friends");
  await a.page.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: bob.name }).getByRole("button", { name: "Schedule" }).click();
  const dialog = a.page.getByRole("dialog", { name: `Schedule a session with ${bob.name}` });
  await expect(dialog.getByTestId("schedule-zone")).toHaveText("Your time zone: Europe/Berlin");
  await expectNoAxeViolations(a.page, "schedule dialog");
  // Tomorrow at 09:30 in Berlin.
  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(Date.now() + 24 * 60 * MINUTE));
  await dialog.getByLabel("Date", { exact: true }).fill(tomorrow);
  await dialog.getByLabel("Time", { exact: true }).fill("09:30");
  // The API's limits, with its message at the field.
  await dialog.getByLabel("Duration (minutes)").fill("10");
  await dialog.getByRole("button", { name: "Schedule" }).click();
  await expect(dialog.getByLabel("Duration (minutes)")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByLabel("Duration (minutes)")).toBeFocused();
  await dialog.getByLabel("Duration (minutes)").fill("45");
  await dialog.getByLabel("Note (optional)").fill("Pair on the parser");
  await dialog.getByRole("button", { name: "Schedule" }).click();

  await expect(a.page).toHaveURL(/\/sessions\/\d+$/);
  const sessionId = Number(new URL(a.page.url()).pathname.split("/").pop());
  const session = await (await request.get(`/api/v1/sessions/${sessionId}`, { headers: { authorization: `Bearer ${alice.token}` } })).json();
  // 09:30 in Berlin, stored in UTC (Berlin is UTC+1 in winter, UTC+2 in summer).
  expect(session).toMatchObject({ status: "scheduled", invitation: "proposed", invitation_by: alice.id, duration_minutes: 45, note: "Pair on the parser" });
  expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(new Date(session.scheduled_for))).toBe("09:30");
  await expect(a.page.getByTestId("session-status")).toHaveText("Proposed");
  await expect(a.page.getByTestId("scheduled-for")).toContainText("09:30");
  await expect(a.page.getByTestId("scheduled-for")).toContainText("(Europe/Berlin)");
  await expect(a.page.getByTestId("invitation")).toHaveText(`You proposed this time. Waiting for ${bob.name} to answer.`);
  await expect(a.page.getByTestId("countdown")).toHaveText(/^Starts in (\d+ h \d+ min|1 d \d+ h)$/);
  await expect(a.page.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await expect(a.page.getByRole("button", { name: "Start session" })).toHaveCount(0);

  // Bob's home page, without a reload: the plan, in his zone.
  const row = upcoming.getByRole("listitem").filter({ hasText: `With ${alice.name}` });
  await expect(row.getByTestId("invitation-state")).toHaveText("Proposed");
  const inNewYork = new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit" }).format(new Date(session.scheduled_for));
  await expect(row.getByTestId("zoned-time")).toContainText(inNewYork);
  await expect(row.getByTestId("zoned-time")).toContainText("(America/New_York)");
  await expectNoAxeViolations(b.page, "home with an upcoming session");
  await row.getByRole("link", { name: "Open waiting room" }).click();
  await expect(b.page).toHaveURL(new RegExp(`/sessions/${sessionId}$`));
  await expect(b.page.getByTestId("invitation")).toHaveText(`${alice.name} proposed this time.`);
  await expect(b.page.getByRole("button", { name: "Decline" })).toBeVisible();
  await expect(b.page.getByRole("button", { name: "Propose another time" })).toBeVisible();
  await expectNoAxeViolations(b.page, "scheduled waiting room");
  await b.page.getByRole("button", { name: "Accept" }).click();
  await expect(b.page.getByTestId("session-status")).toHaveText("Accepted");
  await expect(b.page.getByRole("button", { name: "Accept" })).toHaveCount(0);

  // Alice's waiting room follows live.
  await expect(a.page.getByTestId("session-status")).toHaveText("Accepted");
  await expect(a.page.getByTestId("invitation")).toHaveText(`You proposed this time and ${bob.name} accepted it.`);
  if (screenshots) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await b.page.screenshot({ path: "docs/screenshots/scheduled-waiting-room.png", fullPage: true });
  }
  await a.context.close();
  await b.context.close();
});

test("Alice proposes another time; Bob sees the change live and is asked again", async ({ browser, request }) => {
  const { alice, bob } = await pair(request);
  const startsAt = new Date(Date.now() + 2 * 24 * 60 * MINUTE);
  startsAt.setUTCHours(12, 0, 0, 0);
  const planned = await postAs(request, alice, "/api/v1/sessions/schedule", { participant_id: bob.id, starts_at: startsAt.toISOString() });
  await postAs(request, bob, `/api/v1/sessions/${planned.id}/accept`);
  const a = await personInZone(browser, alice, "Atlantic/Reykjavik");
  const b = await personInZone(browser, bob, "Asia/Tokyo");
  await a.page.goto(`/sessions/${planned.id}`);
  await openLive(b.page, `/sessions/${planned.id}`);
  await expect(b.page.getByTestId("session-status")).toHaveText("Accepted");
  await expect(b.page.getByTestId("scheduled-for")).toContainText("21:00");
  await expect(b.page.getByTestId("scheduled-for")).toContainText("(Asia/Tokyo)");

  await a.page.getByRole("button", { name: "Propose another time" }).click();
  const dialog = a.page.getByRole("dialog", { name: "Propose another time" });
  await expect(dialog.getByTestId("schedule-zone")).toHaveText("Your time zone: Atlantic/Reykjavik");
  await dialog.getByLabel("Time", { exact: true }).fill("15:30");
  await dialog.getByLabel("Duration (minutes)").fill("90");
  await dialog.getByRole("button", { name: "Propose this time" }).click();
  await expect(dialog).toBeHidden();
  await expect(a.page.getByTestId("session-status")).toHaveText("Proposed");

  // Bob's page, live: the new time in his zone, and the question is his again.
  await expect(b.page.getByTestId("scheduled-for")).toContainText("00:30");
  await expect(b.page.getByTestId("scheduled-duration")).toHaveText("90 minutes");
  await expect(b.page.getByTestId("session-status")).toHaveText("Proposed");
  await expect(b.page.getByTestId("invitation")).toHaveText(`${alice.name} proposed this time.`);
  await expect(b.page.getByRole("button", { name: "Accept" })).toBeVisible();
  const after = await (await request.get(`/api/v1/sessions/${planned.id}`, { headers: { authorization: `Bearer ${bob.token}` } })).json();
  expect(after).toMatchObject({ invitation: "proposed", invitation_by: alice.id, duration_minutes: 90, sequence: planned.sequence + 1 });
  // 15:30 on the same day in Alice's zone (UTC all year).
  expect(Date.parse(after.scheduled_for)).toBe(startsAt.getTime() + 3.5 * 60 * MINUTE);

  // Cancel asks first, then the plan is over for both.
  await b.page.getByRole("button", { name: "Cancel session" }).click();
  await b.page.getByRole("dialog").getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(b.page.getByTestId("session-status")).toHaveText("Cancelled");
  await expect(a.page.getByTestId("session-status")).toHaveText("Cancelled");
  await expect(a.page.getByRole("button", { name: "Propose another time" })).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test("Add to calendar downloads an iCalendar file that a parser reads", async ({ browser, request }) => {
  const { alice, bob } = await pair(request);
  const startsAt = new Date(Date.now() + 3 * 24 * 60 * MINUTE);
  startsAt.setUTCHours(8, 15, 0, 0);
  const planned = await postAs(request, alice, "/api/v1/sessions/schedule", { participant_id: bob.id, starts_at: startsAt.toISOString(), duration_minutes: 30, note: "Bring the logs" });
  const b = await personInZone(browser, bob, "Europe/Berlin");
  await b.page.goto(`/sessions/${planned.id}`);
  const [download] = await Promise.all([b.page.waitForEvent("download"), b.page.getByRole("link", { name: "Add to calendar" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = fs.readFileSync(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const vevent = events[0]!;
  const event = new ICAL.Event(vevent);
  expect(event.uid).toMatch(new RegExp(`^pairline-session-${planned.id}@`));
  expect(event.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
  expect(event.endDate.toJSDate().getTime() - startsAt.getTime()).toBe(30 * MINUTE);
  expect(event.summary).toContain(alice.name);
  expect(event.summary).toContain(bob.name);
  expect(vevent.getFirstPropertyValue("status")).toBe("TENTATIVE");
  // Times in UTC, and a link to the waiting room, never to a meeting.
  expect(text).toMatch(/^DTSTART:\d{8}T\d{6}Z\r?$/m);
  expect(vevent.getFirstPropertyValue("url")).toMatch(new RegExp(`/sessions/${planned.id}$`));
  await b.context.close();
});

test("with the clocks moved: the countdown, the reminder toast and Start session inside the window; a passed window is missed", async ({ browser, request }) => {
  const { alice, bob } = await pair(request);
  const startsAt = Date.now() + 30 * MINUTE;
  const planned = await postAs(request, alice, "/api/v1/sessions/schedule", { participant_id: bob.id, starts_at: new Date(startsAt).toISOString() });
  await postAs(request, bob, `/api/v1/sessions/${planned.id}/accept`);
  const a = await personInZone(browser, alice, "Europe/Berlin", Date.now());
  const b = await personInZone(browser, bob, "Europe/Berlin", Date.now());
  await a.page.goto(`/sessions/${planned.id}`);
  await openLive(b.page, "/");
  await expect(a.page.getByTestId("countdown")).toHaveText(/^Starts in (29|30) min$/);
  await expect(a.page.getByRole("button", { name: "Start session" })).toHaveCount(0);

  // Just inside 10 min before: the server's reminder reaches Bob's home page as a
  // toast; Alice's waiting room refetches as its window opens and offers Start session.
  const skip = 20 * MINUTE + 30_000;
  setServerClockOffset(video(), skip);
  await a.page.clock.fastForward(skip);
  await b.page.clock.fastForward(skip);
  const toast = b.page.getByTestId("session-toast");
  await expect(toast).toContainText(`Your session with ${alice.name} starts in 10 minutes`, { timeout: 30_000 });
  await expect(a.page.getByTestId("countdown")).toHaveText(/^Starts in 9 min \d+ s$/);
  await expect(a.page.getByRole("button", { name: "Start session" })).toBeVisible();
  await toast.getByRole("link", { name: "Open waiting room" }).click();
  await expect(b.page).toHaveURL(new RegExp(`/sessions/${planned.id}$`));
  await expect(b.page.getByRole("button", { name: "Start session" })).toBeVisible();

  // Alice starts it: both now have the usual waiting room.
  await a.page.getByRole("button", { name: "Start session" }).click();
  await expect(a.page.getByTestId("session-status")).toHaveText("Meeting open");
  await expect(b.page.getByRole("button", { name: "Mark ready" })).toBeVisible();
  await a.context.close();
  await b.context.close();

  // Another plan whose window passes unstarted reads "missed".
  const later = await postAs(request, bob, "/api/v1/sessions/schedule", { participant_id: alice.id, starts_at: new Date(Date.now() + skip + 60 * MINUTE).toISOString(), duration_minutes: 15 });
  setServerClockOffset(video(), skip + 80 * MINUTE);
  const c = await personInZone(browser, alice, "Europe/Berlin", Date.now() + skip + 80 * MINUTE);
  await c.page.goto(`/sessions/${later.id}`);
  await expect(c.page.getByTestId("session-status")).toHaveText("Missed");
  await expect(c.page.getByTestId("join-reason")).toHaveText("This session was missed: its time passed without anyone starting it.");
  await expect(c.page.getByRole("button", { name: "Start session" })).toHaveCount(0);
  await c.context.close();
});

test("settings: the calendar feed is turned on, shown once with Copy, regenerated and turned off", async ({ browser, request }) => {
  const { alice } = await pair(request);
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await signIn(page, alice);
  await page.goto("/settings");
  const feed = page.getByRole("region", { name: "Calendar feed" });
  await expect(feed.getByTestId("calendar-feed-state")).toHaveText("Your calendar feed is off.");
  await feed.getByRole("button", { name: "Turn on calendar feed" }).click();
  const address = feed.getByTestId("calendar-feed-url");
  await expect(address).toHaveValue(/\/calendar\/[^/]+\.ics$/);
  const first = await address.inputValue();
  expect((await request.get(first)).status()).toBe(200);
  await feed.getByRole("button", { name: "Copy" }).click();
  await expect(feed.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await expectNoAxeViolations(page, "settings with the feed address");

  await feed.getByRole("button", { name: "Regenerate" }).click();
  await page.getByRole("dialog", { name: "Make a new feed address?" }).getByRole("button", { name: "Regenerate" }).click();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(second)).status()).toBe(200);

  await feed.getByRole("button", { name: "Turn off" }).click();
  await page.getByRole("dialog", { name: "Turn off the calendar feed?" }).getByRole("button", { name: "Turn off" }).click();
  await expect(feed.getByTestId("calendar-feed-state")).toHaveText("Your calendar feed is off.");
  expect((await request.get(second)).status()).toBe(404);
  await context.close();
});
