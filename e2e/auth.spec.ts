import { expect, test } from "./support";

test("register, sign out, sign in again and see your name; a wrong password shows an error", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.test`;
  const password = "a good password";

  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();

  await page.getByLabel("Name").fill("Erin Example");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Welcome, Erin Example" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText("Erin Example");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId("current-user")).toHaveCount(0);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("current-user")).toHaveText("Erin Example");
});

test("registering with a taken email shows the error next to the field", async ({ page }) => {
  const email = `taken-${Date.now()}@example.test`;
  const response = await page.request.post("/api/v1/auth/register", { data: { email, password: "lilac window harbor", name: "First" } });
  expect(response.status()).toBe(201);
  await page.goto("/register");
  await page.getByLabel("Name").fill("Second");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("lilac window harbor");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.locator("form [role=alert]")).toHaveCount(0);
});

test("the register form states the password rules, and says why a weak password was refused", async ({ page }) => {
  const email = `weak-${Date.now()}@example.test`;
  await page.goto("/register");
  const password = page.getByLabel("Password");
  await expect(password).toHaveAccessibleDescription(/At least 12 characters, and not easy to guess/);
  await page.getByLabel("Name").fill("Wendy Weak");
  await page.getByLabel("Email").fill(email);

  await password.fill("short pw");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("At least 12 characters", { exact: true })).toBeVisible();

  await password.fill("iloveyou1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too easy to guess. This is similar to a commonly used password.", { exact: false })).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");

  await password.fill("WendyWeak 2024");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Do not use your name or email in your password.")).toBeVisible();
  await expect(page).toHaveURL(/\/register/);

  await password.fill("lilac window harbor");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Wendy Weak");
});
