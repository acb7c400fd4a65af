// /settings: changing the password or signing out everywhere signs out every other
// browser (a second context here, as another computer); a password change keeps this tab in.
import { expect, personIn, registerUser, signIn, test } from "./support";

test("changing the password on /settings keeps this tab signed in and signs out the other browser", async ({ browser, request }) => {
  const user = await registerUser(request, "Sam Settings");
  const here = await personIn(browser, user);
  const elsewhere = await personIn(browser, user);
  const page = here.page;

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Change password" });
  await expect(form.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/At least 12 characters/);

  // A wrong current password: the reason at the field, nothing changes.
  await form.getByLabel("Current password").fill("not the password at all");
  await form.getByLabel("New password", { exact: true }).fill("copper meadow lantern drift");
  await form.getByLabel("Repeat new password").fill("copper meadow lantern drift");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toHaveText("The current password is incorrect.");
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Current password")).toBeFocused();

  // Two different new passwords: caught before any request, the cursor in the repeat field.
  await form.getByLabel("Repeat new password").fill("copper meadow lantern drifts");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("The two new passwords differ")).toBeVisible();
  await expect(form.getByLabel("Repeat new password")).toBeFocused();
  await expect(form.getByRole("alert")).toHaveCount(0);

  // A weak new password: zxcvbn's reason at the field.
  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill("iloveyou1234");
  await form.getByLabel("Repeat new password").fill("iloveyou1234");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText(/^This password is too easy to guess\./)).toBeVisible();
  await expect(form.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("New password", { exact: true })).toBeFocused();
  // The reason is at the field, not in a generic banner.
  await expect(form.getByRole("alert")).toHaveCount(0);

  const newPassword = "copper meadow lantern drift";
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. Every other browser and app was signed out; this one stays signed in.");

  // This tab is still in, after a reload too.
  await page.reload();
  await expect(page.getByTestId("current-user")).toHaveText(user.name);
  await expect(page).toHaveURL(/\/settings$/);

  // The other browser is out on its next page load, and so is the old API token.
  await elsewhere.page.goto("/friends");
  await expect(elsewhere.page).toHaveURL(/\/login/);
  await expect(elsewhere.page.getByTestId("current-user")).toHaveCount(0);
  const oldToken = await request.get("/api/v1/users/me", { headers: { authorization: `Bearer ${user.token}` } });
  expect(oldToken.status()).toBe(401);

  // The new password signs the other browser in again.
  await signIn(elsewhere.page, { ...user, password: newPassword });
  await here.context.close();
  await elsewhere.context.close();
});

test("sign out everywhere on /settings signs out this tab and the other browser", async ({ browser, request }) => {
  const user = await registerUser(request, "Olga Everywhere");
  const here = await personIn(browser, user);
  const elsewhere = await personIn(browser, user);

  await here.page.goto("/settings");
  await here.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await here.page.getByRole("dialog", { name: "Sign out everywhere?" }).getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(here.page).toHaveURL(/\/login/);
  await expect(here.page.getByTestId("current-user")).toHaveCount(0);

  // A page that needs a signed-in user sends the other browser to sign in.
  await elsewhere.page.goto("/settings");
  await expect(elsewhere.page).toHaveURL(/\/login/);
  await expect(elsewhere.page.getByTestId("current-user")).toHaveCount(0);
  expect((await request.get("/api/v1/users/me", { headers: { authorization: `Bearer ${user.token}` } })).status()).toBe(401);

  // The password is unchanged.
  await signIn(elsewhere.page, user);
  await here.context.close();
  await elsewhere.context.close();
});
