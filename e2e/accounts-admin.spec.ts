// README, Admin and Your data through the pages: an admin disables a user from
// /admin/users with a reason, and that user's open tab shows the signed-out notice; a
// user downloads their data and deletes their account from /settings, then cannot sign in.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { E2E_ADMIN } from "./fixtures";
import { befriend, expect, personIn, postAs as post, registerUser, test } from "./support";

async function signInAsAdmin(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(E2E_ADMIN.name);
}

test("an admin disables a user from /admin/users with a reason; the user's open tab shows the signed-out notice", async ({ browser, page, request }) => {
  const tag = `d${Date.now().toString(36)}`;
  const [victim, friend] = await Promise.all([registerUser(request, `Vic ${tag}`), registerUser(request, `Fay ${tag}`)]);
  await befriend(request, victim, friend);
  await post(request, victim, "/api/v1/sessions/create/", { participant_id: friend.id });
  const victimTab = await personIn(browser, victim);
  await victimTab.page.goto("/friends");
  await expect(victimTab.page.getByRole("heading", { name: "Friends", level: 1 })).toBeVisible();

  await signInAsAdmin(page);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: victim.name })).toBeVisible();
  if (process.env.UPDATE_SCREENSHOTS) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await page.screenshot({ path: "docs/screenshots/admin-users.png", fullPage: true });
  }
  await page.getByLabel("Name or email").fill(tag);
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users\\?q=${tag}.*status=active`));
  await expect(page.getByRole("link", { name: E2E_ADMIN.name })).toHaveCount(0);
  await expect(page.getByRole("link", { name: victim.name })).toBeVisible();
  await expect(page.getByRole("link", { name: friend.name })).toBeVisible();
  await page.getByRole("link", { name: victim.name }).click();
  await expect(page.getByRole("heading", { name: victim.name, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Disable account" }).click();
  const dialog = page.getByRole("dialog", { name: `Disable ${victim.name}?` });
  // A reason is required.
  await dialog.getByRole("button", { name: "Disable account" }).click();
  await expect(dialog.getByText("Say why: the reason is kept in the admin actions log.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Spam in chat");
  await dialog.getByRole("button", { name: "Disable account" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("disabled", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: `Admin actions on ${victim.name}` }).getByText("Spam in chat")).toBeVisible();

  // The user's tab: its stream ended, so it finds out and says so.
  const notice = victimTab.page.getByRole("alertdialog", { name: "You were signed out" });
  await expect(notice).toBeVisible({ timeout: 5_000 });
  await expect(notice).toContainText("Your account has been disabled by an administrator");

  // The open session was cancelled; the actions log page lists the disable.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Admin actions" }).click();
  await expect(page.getByRole("table", { name: "Admin actions" }).getByRole("row").filter({ hasText: victim.name }).first()).toContainText("Disabled");
  await victimTab.context.close();
});

test("a user downloads their data and deletes their account from /settings, then cannot sign in", async ({ browser, request }) => {
  const tag = `e${Date.now().toString(36)}`;
  const [leaver, friend] = await Promise.all([registerUser(request, `Lea ${tag}`), registerUser(request, `Ned ${tag}`)]);
  await befriend(request, leaver, friend);
  await post(request, leaver, `/api/v1/chats/${friend.id}/messages`, { text: `mine ${tag}` });
  await post(request, friend, `/api/v1/chats/${leaver.id}/messages`, { text: `theirs ${tag}` });
  const { context, page } = await personIn(browser, leaver);
  await page.goto("/settings");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`pairline-export-${leaver.id}.json`);
  const exported = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  expect(exported.user.email).toBe(leaver.email);
  expect(exported.messages.map((message: { text: string }) => message.text)).toEqual([`mine ${tag}`]);

  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await dialog.getByLabel("Your password").fill("not the password at all");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("The password is incorrect.")).toBeVisible();
  await dialog.getByLabel("Your password").fill(leaver.password);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill(leaver.email);
  await page.getByLabel("Password").fill(leaver.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("Email or password is incorrect.");
  await context.close();
});

test("the admin users, user and actions pages and /settings: no axe violations (WCAG 2.1 A/AA)", async ({ browser, request }) => {
  const someone = await registerUser(request, `Axe ${Date.now().toString(36)}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsAdmin(page);
  const problems: string[] = [];
  for (const path of ["/admin/users", `/admin/users/${someone.id}`, "/admin/audit-log", "/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const violation of results.violations) problems.push(`${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  }
  // The disable dialog, open.
  await page.goto(`/admin/users/${someone.id}`);
  await page.getByRole("button", { name: "Disable account" }).click();
  const dialogResults = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const violation of dialogResults.violations) problems.push(`disable dialog: ${violation.id}`);
  expect(problems).toEqual([]);
  await context.close();
});
