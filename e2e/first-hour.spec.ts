// What people stumbled on in their first hour (two friends, two browsers, a phone): counts
// on a phone, toasts that follow the state, missed messages, one button per state, sign
// out everywhere that asks and says why, and the small things.
import type { Browser, Locator, Page } from "@playwright/test";
import { befriend, expect, openLive, personIn, postAs, registerUser, signIn, test, type E2EUser } from "./support";

test.describe.configure({ timeout: 120_000 });

/** A phone (375 × 812, touch) signed in as `user`. */
async function phoneFor(browser: Browser, user: E2EUser) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("2, 3 and 8. on a phone: a badge on Menu, counts in the menu, toasts clear of the composer, gone after a cancel, 'Alice cancelled the session'", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Phone");
  const bob = await registerUser(request, "Bob Phone");
  await befriend(request, alice, bob);
  const b = await phoneFor(browser, bob);
  await openLive(b.page, `/chat/${alice.id}`);
  await expect(b.page.getByTestId("menu-badge")).toHaveCount(0);
  // 8. No keyboard hint on a touch screen.
  await expect(b.page.getByTestId("composer-hint")).not.toContainText("Shift+Enter");

  const session = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${session.id}/start/`);

  // The toast, at the top: never over the message box or Send.
  const toast = b.page.getByTestId("session-toast");
  await expect(toast).toContainText(`${alice.name} started a session`, { timeout: 5_000 });
  const toastBox = await box(toast);
  for (const target of [b.page.getByRole("textbox", { name: "Message" }), b.page.getByRole("button", { name: "Send" })]) {
    const targetBox = await box(target);
    expect(overlaps(toastBox, targetBox)).toBe(false);
    expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(targetBox.y);
  }

  // The Menu button carries the total (one session waiting; its chat card is read, the chat is open); the menu names them.
  const menu = b.page.getByRole("button", { name: /^Menu/ });
  await expect(menu).toBeVisible();
  await expect(b.page.getByTestId("menu-badge")).toBeVisible();
  await expect(b.page.getByTestId("menu-badge")).toHaveText(/^1/);
  await menu.click();
  const counts = b.page.getByRole("list", { name: "Waiting for you" });
  await expect(counts.getByTestId("count-sessions")).toBeVisible();
  await expect(counts.getByTestId("count-sessions")).toHaveText("1session waiting");

  // Alice cancels: the start toast goes, a short toast says so.
  await postAs(request, alice, `/api/v1/sessions/${session.id}/cancel/`);
  await expect(toast).toHaveCount(0, { timeout: 5_000 });
  await expect(b.page.getByTestId("session-finished-toast")).toHaveText(new RegExp(`^${alice.name} cancelled the session`));
  await expect(counts.getByTestId("count-sessions")).toHaveCount(0);
  await b.context.close();
});

test("3. the start toast goes once the session no longer waits for you (ready in another tab)", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Tabs");
  const bob = await registerUser(request, "Bob Tabs");
  await befriend(request, alice, bob);
  const b = await personIn(browser, bob);
  await openLive(b.page, "/friends");
  const session = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${session.id}/start/`);
  await expect(b.page.getByTestId("session-toast")).toBeVisible({ timeout: 5_000 });
  await postAs(request, bob, `/api/v1/sessions/${session.id}/ready/`);
  await expect(b.page.getByTestId("session-toast")).toHaveCount(0, { timeout: 5_000 });
  // Bob's own action is no news to him.
  await expect(b.page.getByTestId("session-finished-toast")).toHaveCount(0);
  await b.context.close();
});

test("4. a friend's message outside that chat: a toast, the header and title count messages, dates and day separators", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Talks");
  const bob = await registerUser(request, "Bob Reads");
  await befriend(request, alice, bob);
  const b = await personIn(browser, bob);
  await openLive(b.page, "/friends");

  for (const text of ["one", "two", "three"]) await postAs(request, alice, `/api/v1/chats/${bob.id}/messages`, { text });
  const toast = b.page.getByTestId("message-toast");
  await expect(toast).toContainText(`${alice.name}: three`, { timeout: 5_000 });
  await expect(toast).toHaveCount(1);
  const counts = b.page.getByRole("list", { name: "Waiting for you" });
  await expect(counts.getByTestId("count-unread")).toHaveText("3unread messages");
  await expect(b.page).toHaveTitle("(3) Friends · Pairline");

  // Open chat: the toast goes, the messages are read, today's separator heads them.
  await toast.getByRole("link", { name: "Open chat" }).click();
  await expect(b.page).toHaveURL(new RegExp(`/chat/${alice.id}$`));
  await expect(toast).toHaveCount(0);
  await expect(b.page.getByTestId("day-separator")).toHaveText(["Today"]);
  await expect(counts.getByTestId("count-unread")).toHaveCount(0);

  // In that chat, a new message is no toast.
  await postAs(request, alice, `/api/v1/chats/${bob.id}/messages`, { text: "four" });
  await expect(b.page.getByRole("log", { name: "Messages" }).getByText("four")).toBeVisible();
  await expect(toast).toHaveCount(0);

  // Three days later the same messages carry their date, under a dated separator.
  await b.page.clock.setFixedTime(new Date(Date.now() + 3 * 86_400_000));
  await b.page.reload();
  const separator = b.page.getByTestId("day-separator");
  await expect(separator).toHaveCount(1);
  await expect(separator).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(b.page.getByRole("log", { name: "Messages" }).locator("time").first()).toHaveText(/[A-Z][a-z]{2} \d{1,2}/);
  await b.context.close();
});

test("5. one button per state for both sides, and the chat header names the friend list's action", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Buttons");
  const bob = await registerUser(request, "Bob Buttons");
  await befriend(request, alice, bob);
  const a = await personIn(browser, alice);
  const b = await personIn(browser, bob);
  const buttons = (page: Page) => page.getByRole("main").getByRole("button", { name: /^(Start session|Mark ready|Join meeting|End session|Cancel session)$/ });

  // Pending: Start, Ready and Cancel, never End.
  const pending = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  for (const page of [a.page, b.page]) {
    await page.goto(`/sessions/${pending.id}`);
    await expect(buttons(page)).toHaveText(["Start session", "Mark ready", "Cancel session"]);
  }
  await postAs(request, alice, `/api/v1/sessions/${pending.id}/cancel/`);

  // Alice starts from her friend list. Active: End only; Ready only for Bob, to whom it matters.
  await a.page.goto("/friends");
  await a.page.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: bob.name }).getByRole("button", { name: "Start session" }).click();
  await expect(a.page).toHaveURL(/\/sessions\/\d+$/);
  const sessionPath = new URL(a.page.url()).pathname;
  await expect(buttons(a.page)).toHaveText(["End session"]);
  await b.page.goto(sessionPath);
  await expect(buttons(b.page)).toHaveText(["Mark ready", "End session"]);

  // Bob is ready: Join meeting is Alice's primary action; Bob waits for her to join first.
  await b.page.getByRole("button", { name: "Mark ready" }).click();
  await expect(buttons(b.page)).toHaveText(["End session"]);
  await expect(b.page.getByTestId("join-reason")).toHaveText(`Waiting for ${alice.name} to join the meeting first`);
  await expect(buttons(a.page)).toHaveText(["Join meeting", "End session"], { timeout: 8_000 });

  // The chat header offers what the friend list offers for the same state.
  for (const [page, friend, action] of [
    [a.page, bob, "Join meeting"],
    [b.page, alice, "Open waiting room"],
  ] as const) {
    await page.goto("/friends");
    const row = page.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: friend.name });
    await expect(row.getByRole(action === "Join meeting" ? "button" : "link", { name: action })).toBeVisible();
    await page.goto(`/chat/${friend.id}`);
    const header = page.getByRole("main").locator("div").filter({ has: page.getByRole("heading", { name: friend.name }) }).first();
    await expect(header.getByRole(action === "Join meeting" ? "button" : "link", { name: action }).first()).toBeVisible();
    await expect(header.getByRole("button", { name: "Start session" })).toHaveCount(0);
  }
  await a.context.close();
  await b.context.close();
});

test("6. sign out everywhere asks first and the sign-in page says why; a password change reaches the other browser quickly", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Away");
  const here = await personIn(browser, alice);
  const there = await personIn(browser, alice);
  await openLive(there.page, "/");

  // A password change here: the other browser notices within seconds, without blaming a tab.
  await here.page.goto("/settings");
  const newPassword = "a brand new passphrase for alice";
  await here.page.getByLabel("Current password").fill(alice.password);
  await here.page.getByLabel("New password", { exact: true }).fill(newPassword);
  await here.page.getByLabel("Repeat new password").fill(newPassword);
  await here.page.getByRole("button", { name: "Change password" }).click();
  await expect(here.page.getByText("Password changed.")).toBeVisible();
  const notice = there.page.getByRole("alertdialog", { name: "You were signed out" });
  await expect(notice).toBeVisible({ timeout: 6_000 });
  // The browser that changed it stays signed in, with no notice.
  await expect(here.page.getByRole("alertdialog", { name: "You were signed out" })).toHaveCount(0);
  // The API said why (a 401 with reason password_changed), so the notice and the sign-in page say it.
  await expect(notice).toContainText("Your password was changed, so every browser and app using the old one was signed out");
  await expect(notice).not.toContainText("another tab");
  await notice.getByRole("link", { name: "Sign in" }).click();
  await expect(there.page).toHaveURL(/\/login\?reason=password_changed&callbackUrl=/);
  await expect(there.page.getByTestId("sign-out-reason")).toHaveText(/Sign in with the new password/);

  // Sign out everywhere: one click asks; "Stay signed in" keeps you signed in.
  const button = here.page.getByRole("button", { name: "Sign out everywhere" });
  await button.click();
  const dialog = here.page.getByRole("dialog", { name: "Sign out everywhere?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  await expect(here.page).toHaveURL(/\/settings$/);
  await button.click();
  await dialog.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(here.page).toHaveURL(/\/login\?reason=signed_out_everywhere$/);
  await expect(here.page.getByTestId("sign-out-reason")).toHaveText(/You signed out everywhere/);
  await here.context.close();
  await there.context.close();
});

test("8. a favicon and app icons; a name over 80 characters is a field error on register and rename", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\//);
  await page.goto("/register");
  await expect(page.locator('head link[rel="icon"]').first()).toBeAttached();
  await expect(page.locator('head link[rel="apple-touch-icon"]')).toBeAttached();

  const long = "N".repeat(81);
  await page.getByLabel("Name").fill(long);
  await page.getByLabel("Email").fill(`long-${Date.now()}@example.test`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase for the test");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#name-error")).toHaveText("At most 80 characters");

  const carol = await registerUser(request, "Carol Long");
  await signIn(page, carol);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Your name" });
  await form.getByLabel("Name").fill(long);
  await form.getByRole("button", { name: "Save name" }).click();
  await expect(form.locator("#name-error")).toHaveText("At most 80 characters");
});
