// Locked out → "Forgot password?" → the link from the test inbox → a new password → signed in.
// The mail travels by SMTP from the suite's server to the test inbox e2e/server.ts runs.
import fs from "node:fs";
import { expect, serverVideo, test } from "./support";
import { waitForMail } from "./inbox";

test("locked out, Forgot password? leads through the emailed link to a new password and signs in", async ({ page, request, baseURL }) => {
  const base = baseURL!;
  const name = "Rosa Reset";
  const email = `rosa-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const password = "pairline-e2e-password";
  const registered = await request.post(`${base}/api/v1/auth/register`, { data: { email, password, name } });
  expect(registered.status()).toBe(201);

  await page.goto(`${base}/login`);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  }
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Too many failed sign-in attempts. Try again in 15 minutes.");

  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(`${base}/forgot-password`);
  if (process.env.UPDATE_SCREENSHOTS) {
    fs.mkdirSync("docs/screenshots", { recursive: true });
    await page.screenshot({ path: "docs/screenshots/forgot-password.png" });
  }
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account exists for this email, we sent it a link");

  const mail = await waitForMail({ video: serverVideo(), to: email, subject: /^Reset your Pairline password$/ });
  const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0] ?? "";
  expect(link.startsWith(`${base}/reset-password/`)).toBe(true);
  await page.goto(link);
  const form = page.getByRole("form", { name: "Choose a new password" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("New password", { exact: true }).fill("copper meadow lantern drift");
  await form.getByLabel("Repeat new password").fill("copper meadow lantern drift");
  await form.getByRole("button", { name: "Set new password" }).click();

  await expect(page).toHaveURL(`${base}/`);
  await expect(page.getByTestId("current-user")).toHaveText(name);
});
