// Locked out → "Forgot password?" → the emailed link → a new password → signed in.
// The link is read from the mail outbox table for now (the mail loop that sends it is
// another branch's), so this spec runs the app on a throwaway PostgreSQL cluster of its
// own, where the test can read that table; after the merge it should read the link from
// the SMTP test inbox instead, and use the suite's server.
import pg from "pg";
import { expect, test } from "./support";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import { startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";

let cluster: PostgresCluster;
let server: AppServer;
let databaseUrl: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  cluster.createDatabase("pairline_e2e_reset");
  databaseUrl = cluster.url("pairline_e2e_reset");
  server = await startAppServer({ name: "e2e-password-reset", databaseUrl, extraEnv: { LOG_LEVEL: "warn" } });
});

test.afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

async function mailedResetLink(email: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT text FROM mail_outbox WHERE to_address = $1 AND kind = 'password_reset' ORDER BY id DESC LIMIT 1", [email]);
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(rows[0]?.text ?? "")?.[0];
    if (!link) throw new Error(`no reset link mailed to ${email}`);
    return link;
  } finally {
    await client.end();
  }
}

test("locked out, Forgot password? leads through the emailed link to a new password and signs in", async ({ page, request }) => {
  const base = server.baseUrl;
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
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account exists for this email, we sent it a link");

  const link = await mailedResetLink(email);
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
