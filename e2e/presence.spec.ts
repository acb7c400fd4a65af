// Presence and preferences (README, Presence and preferences): a friend's dot appears when
// they open the app and goes once they close it (the e2e server's grace period is 2 s), and
// the /settings switches and time zone persist.
import fs from "node:fs";
import { befriend, expect, personIn, registerUser, test } from "./support";

const screenshots = Boolean(process.env.UPDATE_SCREENSHOTS);

test("Bob's online dot appears in Alice's friend list when he opens the app, and goes after he closes it", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Presence");
  const bob = await registerUser(request, "Bob Presence");
  await befriend(request, alice, bob);

  const { page } = await personIn(browser, alice);
  await page.goto("/friends");
  const bobsRow = page.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: bob.name });
  await expect(bobsRow).toBeVisible();
  // Never online yet: nothing said.
  await expect(bobsRow.getByTestId("online-status")).toHaveCount(0);

  const bobs = await personIn(browser, bob);
  await expect(bobsRow.getByTestId("online-status")).toHaveText("Online", { timeout: 5_000 });
  if (screenshots) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await page.screenshot({ path: "docs/screenshots/friends-online.png" });
  }

  await bobs.context.close();
  await expect(bobsRow.getByTestId("online-status")).toHaveText(/^Last seen /, { timeout: 8_000 });
  await expect(bobsRow.getByText("Online")).toHaveCount(0);
});

test("the /settings switches and time zone persist after a reload", async ({ browser, request }) => {
  const sam = await registerUser(request, "Sam Preferences");
  const { page } = await personIn(browser, sam);
  await page.goto("/settings");
  const presence = page.getByRole("switch", { name: "Show friends when I am online" });
  const scheduled = page.getByRole("switch", { name: "Email me about scheduled sessions" });
  const requests = page.getByRole("switch", { name: "Email me about friend requests" });
  const zone = page.getByLabel("Time zone");
  await expect(presence).toBeChecked();
  await expect(scheduled).toBeChecked();
  await expect(zone).toHaveValue("UTC");

  await presence.click();
  await expect(presence).not.toBeChecked();
  await expect(presence).toBeEnabled();
  await scheduled.click();
  await expect(scheduled).not.toBeChecked();
  await expect(scheduled).toBeEnabled();
  await zone.selectOption("Europe/Berlin");
  await expect(zone).toBeEnabled();

  // The browser's own zone differs now: offered, one click away.
  const deviceZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const useDevice = page.getByRole("button", { name: `Use ${deviceZone} (this device)?` });
  await expect(useDevice).toBeVisible();

  await page.reload();
  await expect(presence).not.toBeChecked();
  await expect(scheduled).not.toBeChecked();
  await expect(requests).toBeChecked();
  await expect(zone).toHaveValue("Europe/Berlin");
  if (screenshots) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await page.screenshot({ path: "docs/screenshots/settings-preferences.png", fullPage: true });
  }
  const saved = await request.get("/api/v1/users/me/preferences", { headers: { authorization: `Bearer ${sam.token}` } });
  expect(await saved.json()).toEqual({
    show_presence: false,
    email_friend_requests: true,
    email_session_started: true,
    email_scheduled_sessions: false,
    time_zone: "Europe/Berlin",
  });

  await useDevice.click();
  await expect(zone).toHaveValue(deviceZone);
  await expect(useDevice).toHaveCount(0);
  await page.reload();
  await expect(zone).toHaveValue(deviceZone);
});
