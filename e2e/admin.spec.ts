// The admin area through the pages: finding sessions, reading a session's join tokens
// and audit log, cancelling it; and everyone else being told it does not exist.
import crypto from "node:crypto";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { E2E_ADMIN } from "./fixtures";
import { befriend, expect, postAs as post, registerUser, signIn, test } from "./support";

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

async function signInAsAdmin(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(E2E_ADMIN.name);
}

const sessionLink = (page: Page, id: number) => page.getByRole("link", { name: `Session #${id}`, exact: true });

/** The page is no wider than the phone: wide tables scroll inside their own box. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test("an admin filters and searches sessions, reads a session's join tokens and audit log, and cancels it", async ({ page, request }) => {
  const tag = `x${Date.now().toString(36)}`;
  const [alice, bob, carol, dave] = await Promise.all([
    registerUser(request, `Alice ${tag}`),
    registerUser(request, `Bob ${tag}`),
    registerUser(request, `Carol ${tag}`),
    registerUser(request, `Dave ${tag}`),
  ]);
  await befriend(request, alice, bob);
  await befriend(request, carol, dave);

  // Alice and Bob: active, both ready, a join link each, Bob's redeemed. Carol and Dave: pending.
  const active = await post(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await post(request, alice, `/api/v1/sessions/${active.id}/start/`);
  await post(request, bob, `/api/v1/sessions/${active.id}/ready/`);
  const aliceToken = await post(request, alice, `/api/v1/sessions/${active.id}/join-token/`);
  await post(request, alice, `/api/v1/sessions/${active.id}/ready/`);
  const bobToken = await post(request, bob, `/api/v1/sessions/${active.id}/join-token/`);
  await post(request, bob, "/api/v1/sessions/join-token/validate/", { token: bobToken.token });
  const pending = await post(request, carol, "/api/v1/sessions/create/", { participant_id: dave.id });

  await signInAsAdmin(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible();
  await expect(sessionLink(page, active.id)).toBeVisible();
  await expect(sessionLink(page, pending.id)).toBeVisible();
  // README pictures are refreshed on request only, so a test run leaves the tree clean.
  if (process.env.UPDATE_SCREENSHOTS) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await page.screenshot({ path: "docs/screenshots/admin.png", fullPage: true });
  }

  // Filter by status.
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]status=active/);
  await expect(sessionLink(page, active.id)).toBeVisible();
  await expect(sessionLink(page, pending.id)).toHaveCount(0);
  for (const badge of await page.getByRole("table").getByTestId("session-status").all()) await expect(badge).toHaveText("Active");

  // Search by a participant's name, any status.
  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Search").fill(dave.name.toUpperCase());
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]q=DAVE/);
  await expect(sessionLink(page, pending.id)).toBeVisible();
  await expect(sessionLink(page, active.id)).toHaveCount(0);
  await expect(page.getByText("Showing 1 session, all there are.")).toBeVisible();

  // A search nobody matches says so.
  await page.getByLabel("Search").fill(`nobody-${tag}`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No sessions match these filters.")).toBeVisible();

  // A range that ends before it starts is refused in words, next to the field.
  await page.getByLabel("Created from").fill("2025-03-02");
  await page.getByLabel("Created to").fill("2025-03-01");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByLabel("Created to")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Must not be before “Created from”", { exact: true })).toBeVisible();
  await expect(page.locator("main [role=alert]")).toContainText("These filters cannot be used.");

  // Both sessions of the run, one per page, by cursor.
  await page.goto(`/admin?q=${tag}&limit=1`);
  await expect(sessionLink(page, pending.id)).toBeVisible();
  await expect(sessionLink(page, active.id)).toHaveCount(0);
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(sessionLink(page, active.id)).toBeVisible();
  await expect(page.getByText("Showing 2 sessions, all there are.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);

  // The session: facts, join tokens by hash prefix only.
  await sessionLink(page, active.id).click();
  await expect(page).toHaveURL(new RegExp(`/admin/sessions/${active.id}$`));
  await expect(page.getByRole("heading", { name: `Session #${active.id}` })).toBeVisible();
  await expect(page.getByTestId("session-status")).toHaveText("Active");
  await expect(page.getByRole("definition").filter({ hasText: alice.email })).toContainText(alice.name);
  const prefixes = page.getByTestId("token-hash-prefix");
  await expect(prefixes).toHaveText([`${sha256(aliceToken.token).slice(0, 12)}…`, `${sha256(bobToken.token).slice(0, 12)}…`]);
  const tokenRows = page.getByRole("table").filter({ has: prefixes.first() }).getByRole("row");
  await expect(tokenRows.nth(1)).toContainText("unused");
  await expect(tokenRows.nth(2)).toContainText("used");
  // The Jitsi room is the meeting's address: Alice (who may join) sees it, the admin's page never does.
  const aliceView = await request.get(`/api/v1/sessions/${active.id}/`, { headers: { authorization: `Bearer ${alice.token}` } });
  const room: string = (await aliceView.json()).zoom_meeting_id;
  expect(room).toMatch(/^pairline-[0-9a-f]{32}$/);
  await expect(page.getByText("Meeting id")).toHaveCount(0);
  const html = await page.content();
  for (const secret of [aliceToken.token, bobToken.token, sha256(aliceToken.token), sha256(bobToken.token), room]) expect(html).not.toContain(secret);

  // The audit log, then only its "ready" entries.
  const entries = page.getByTestId("audit-entry");
  await expect(entries.getByTestId("audit-event-type")).toHaveText(["created", "started", "zoom_link_generated", "ready", "ready", "joined"]);
  await page.getByLabel("Event type").selectOption("ready");
  await expect(entries.getByTestId("audit-event-type")).toHaveText(["ready", "ready"]);

  // Cancel, confirming first; the Keep button changes nothing.
  await page.getByRole("button", { name: "Cancel session" }).click();
  const dialog = page.getByRole("dialog", { name: `Cancel session #${active.id}?` });
  await expect(dialog).toBeVisible();
  // Focus starts on the safe choice; Escape closes and hands focus back to the button.
  await expect(dialog.getByRole("button", { name: "Keep session" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Cancel session" })).toBeFocused();
  await page.getByRole("button", { name: "Cancel session" }).click();
  await dialog.getByRole("button", { name: "Keep session" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("session-status")).toHaveText("Active");
  await page.getByRole("button", { name: "Cancel session" }).click();
  await dialog.getByRole("button", { name: "Yes, cancel session" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Cancelled");
  await expect(page.getByRole("button", { name: "Cancel session" })).toHaveCount(0);
  await expect(tokenRows.nth(1)).toContainText("revoked");
  await expect(tokenRows.nth(2)).toContainText("used");

  // The new entry names the admin; its metadata says so too.
  await page.getByLabel("Event type").selectOption("cancelled");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(`${E2E_ADMIN.name} (admin) cancelled the session`);
  await expect(entries.first()).toContainText(`by ${E2E_ADMIN.name}`);
  await entries.first().getByText("Metadata").click();
  await expect(entries.first().locator("pre")).toContainText('"by_admin": true');

  await page.getByLabel("Event type").selectOption("");
  await expect(entries.last()).toContainText(`${E2E_ADMIN.name} (admin) cancelled the session`);
  await entries.last().getByText("Metadata").click();
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/admin-session.png", fullPage: true });

  // The participants see it cancelled by the admin.
  const seen = await request.get(`/api/v1/sessions/${active.id}/audit-logs/`, { headers: { authorization: `Bearer ${alice.token}` } });
  expect((await seen.json()).at(-1)).toMatchObject({ event_type: "cancelled", user: { name: E2E_ADMIN.name } });
});

test("cancelling a session someone else just closed explains why, in words", async ({ page, request }) => {
  const tag = `y${Date.now().toString(36)}`;
  const [erin, finn] = await Promise.all([registerUser(request, `Erin ${tag}`), registerUser(request, `Finn ${tag}`)]);
  await befriend(request, erin, finn);
  const session = await post(request, erin, "/api/v1/sessions/create/", { participant_id: finn.id });

  await signInAsAdmin(page);
  await page.goto(`/admin/sessions/${session.id}`);
  await expect(page.getByTestId("session-status")).toHaveText("Not started");
  await expect(page.getByText("No join links were issued for this session.")).toBeVisible();

  // Finn cancels the session just as the admin's request leaves; while it runs, the buttons wait.
  await page.route(`**/api/v1/admin/sessions/${session.id}/cancel`, async (route) => {
    await expect(page.getByRole("dialog").getByRole("button", { name: "Cancelling…" })).toBeDisabled();
    await post(request, finn, `/api/v1/sessions/${session.id}/cancel/`);
    await route.continue();
  });
  await page.getByRole("button", { name: "Cancel session" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, cancel session" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(
    "The session is cancelled; it cannot be cancelled. Someone may have ended or cancelled it a moment ago.",
  );
  await expect(page.getByTestId("session-status")).toHaveText("Cancelled");
  await page.getByLabel("Event type").selectOption("cancelled");
  await expect(page.getByTestId("audit-entry")).toHaveCount(1);
  await expect(page.getByTestId("audit-entry")).toContainText(`by ${finn.name}`);
});

test("the admin pages work on a 375 px wide phone", async ({ page, request }, testInfo) => {
  const tag = `z${Date.now().toString(36)}`;
  const [gina, hugo] = await Promise.all([registerUser(request, `Gina ${tag}`), registerUser(request, `Hugo ${tag}`)]);
  await befriend(request, gina, hugo);
  const session = await post(request, gina, "/api/v1/sessions/create/", { participant_id: hugo.id });
  await post(request, gina, `/api/v1/sessions/${session.id}/start/`);

  await page.setViewportSize({ width: 375, height: 812 });
  await signInAsAdmin(page);
  await page.goto(`/admin?q=${tag}`);
  await expect(sessionLink(page, session.id)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await testInfo.attach("admin-phone", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await sessionLink(page, session.id).click();
  await expect(page.getByRole("heading", { name: `Session #${session.id}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel session" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await testInfo.attach("admin-session-phone", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});

test("a signed-in user and an anonymous visitor get the not-found page at /admin", async ({ page, browser, request }) => {
  const unknown = await page.goto("/no-such-page");
  expect(unknown!.status()).toBe(404);
  const notFoundTitle = await page.title();

  const someone = await registerUser(request, "Ivy Plain");
  await signIn(page, someone);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  const anonymous = await (await browser.newContext()).newPage();
  for (const visitor of [page, anonymous]) {
    for (const path of ["/admin", "/admin/sessions/1", "/admin?status=active", "/admin/sessions/abc"]) {
      const response = await visitor.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(visitor.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(visitor).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
      expect(await visitor.title()).toBe(notFoundTitle);
      await expect(visitor.getByRole("heading", { name: "Sessions" })).toHaveCount(0);
    }
  }
  await anonymous.context().close();
});
