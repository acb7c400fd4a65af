// The browser shows a limit's 429 message, which says when to try again (README, Abuse limits).
// The e2e server raises the per-address limits and the chat minute (to
// E2E_CHAT_MESSAGES_PER_MINUTE, tests/support/test-limits.ts); the per-(account, address)
// sign-in limit is at its default here.
import { E2E_CHAT_MESSAGES_PER_MINUTE } from "../tests/support/test-limits";
import { befriend, expect, personIn, postAs, registerUser, test } from "./support";

test("the chat composer shows the 429 message when messages are sent too fast", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const alice = await registerUser(request, `Alice ${tag}`);
  const bob = await registerUser(request, `Bob ${tag}`);
  await befriend(request, alice, bob);
  const { page } = await personIn(browser, alice);
  await page.goto(`/chat/${bob.id}`);
  const composer = page.getByRole("textbox", { name: "Message" });
  await expect(composer).toBeVisible();
  // Use up the minute at once, as another of Alice's clients would, right before she
  // types (the minute starts with the first of them).
  await Promise.all(Array.from({ length: E2E_CHAT_MESSAGES_PER_MINUTE }, (_, i) => postAs(request, alice, `/api/v1/chats/${bob.id}/messages`, { text: `burst ${i}` })));
  await composer.fill("one too many");
  await composer.press("Enter");
  const alert = page.getByRole("log", { name: "Messages" }).getByRole("alert");
  await expect(alert).toContainText(
    new RegExp(`Not sent: You are sending messages too fast \\(at most ${E2E_CHAT_MESSAGES_PER_MINUTE} per minute\\)\\. Try again in (\\d+ seconds|1 minute)\\.`),
  );
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("the sign-in form shows the limit's message after 5 wrong passwords", async ({ page, request }) => {
  const user = await registerUser(request, `Guesser ${Math.random().toString(36).slice(2, 7)}`);
  await page.goto("/login");
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  }
  // Even the right password is refused now, and the form says for how long.
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Too many failed sign-in attempts. Try again in 15 minutes.");
});
