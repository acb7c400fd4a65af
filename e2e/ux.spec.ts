// The user experience, problem by problem: every screen says what happened and what to do
// next. A number in a test's title names the problem it covers; each failed before the fix.
import { expect, test } from "@playwright/test";
import { befriend, personIn, postAs, registerUser, signIn } from "./support";

const api = (user: { token: string }) => ({ authorization: `Bearer ${user.token}` });

test.describe("7. forms", () => {
  test("registration mistakes are shown at their fields, focus goes to the first, rules are stated before submit", async ({ page }) => {
    await page.goto("/register");
    await expect(page.getByText("At least 12 characters")).toBeVisible();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(page.getByLabel("Name")).toBeFocused();
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    // Never the generic banner when the server named the fields.
    await expect(page.getByText("The request body is invalid.")).toHaveCount(0);
    await expect(page.locator("form [role=alert]")).toHaveCount(0);

    await page.getByLabel("Name").fill("Fiona Fields");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill("x");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toBeFocused();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("The request body is invalid.")).toHaveCount(0);
  });

  test("an empty sign-in is told to fill both fields; the password can be shown", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("Fill in both your email and your password.");
    await expect(page.getByText("Email or password is incorrect")).toHaveCount(0);
    await expect(page.getByLabel("Email")).toBeFocused();

    await page.getByLabel("Email").fill("someone@example.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).toBeFocused();

    const password = page.getByLabel("Password", { exact: true });
    await password.fill("secret words");
    await expect(password).toHaveAttribute("type", "password");
    await page.getByRole("button", { name: "Show password" }).click();
    await expect(password).toHaveAttribute("type", "text");
    await expect(page.getByRole("button", { name: "Hide password" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Hide password" }).click();
    await expect(password).toHaveAttribute("type", "password");
  });
});

test("6. signed out in another tab: the page says 'You were signed out' and signs you back in to the same page", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Elsewhere");
  const bob = await registerUser(request, "Bob Elsewhere");
  await befriend(request, alice, bob);
  const session = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${session.id}/start/`);

  const { context, page } = await personIn(browser, alice);
  await page.goto(`/sessions/${session.id}`);
  const other = await context.newPage();
  await other.goto("/");
  await other.getByRole("button", { name: "Sign out" }).click();
  await expect(other).toHaveURL(/\/login/);

  const notice = page.getByRole("alertdialog", { name: "You were signed out" });
  await expect(notice).toBeVisible({ timeout: 8_000 });
  await expect(page.getByText("Lost contact with the server")).toHaveCount(0);
  await expect(page.getByText("Sign in, or send a valid bearer token.")).toHaveCount(0);
  const signInLink = notice.getByRole("link", { name: "Sign in" });
  await expect(signInLink).toBeFocused();
  await expect(signInLink).toHaveAttribute("href", `/login?callbackUrl=${encodeURIComponent(`/sessions/${session.id}`)}`);

  await signInLink.click();
  await page.getByLabel("Email").fill(alice.email);
  await page.getByLabel("Password", { exact: true }).fill(alice.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${session.id}$`));
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await context.close();
});

test("2. an open session on home and the friend list carries a real button, and leaves when the other person ends it", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Home");
  const bob = await registerUser(request, "Bob Home");
  await befriend(request, alice, bob);
  const session = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${session.id}/start/`);
  await postAs(request, bob, `/api/v1/sessions/${session.id}/ready/`);

  // Bob is ready but waits for Alice: his home and friend list open the waiting room.
  const b = await personIn(browser, bob);
  await expect(b.page.getByRole("list", { name: "Open sessions" }).getByRole("link", { name: "Open waiting room" })).toBeVisible();
  await expect(b.page.getByRole("list", { name: "Open sessions" })).toContainText("Nobody has opened the meeting yet.");
  await b.page.goto("/friends");
  const friendRow = b.page.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: alice.name });
  await expect(friendRow.getByRole("link", { name: "Open waiting room" })).toHaveAttribute("href", `/sessions/${session.id}`);
  await expect(friendRow.getByRole("button", { name: "Start session" })).toHaveCount(0);

  // Alice started and Bob is ready: Alice may join from home.
  const a = await personIn(browser, alice);
  await a.context.route(/^https:\/\/meet\.jit\.si\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Meeting</title><h1>Meeting room</h1>" }));
  const row = a.page.getByRole("list", { name: "Open sessions" }).getByRole("listitem").filter({ hasText: bob.name });
  await expect(row.getByTestId("session-status")).toHaveText("Active");
  await expect(row.getByRole("button", { name: "Join meeting" })).toBeVisible();
  const [tab] = await Promise.all([a.context.waitForEvent("page"), row.getByRole("button", { name: "Join meeting" }).click()]);
  await tab.waitForURL(/meet\.jit\.si/);
  await tab.close();
  // Jitsi reports no joins: the app says what it knows, never "in the meeting".
  await expect(row).toContainText(/You opened the meeting at \d{1,2}:\d{2}(\s?[AP]M)?\./, { timeout: 8_000 });
  await expect(row).not.toContainText("in the meeting");

  // Joining marked Alice ready, so Bob may join now, and sees that she opened it.
  await b.page.goto("/");
  await expect(b.page.getByRole("list", { name: "Open sessions" })).toContainText(`${alice.name} opened the meeting at`);
  await expect(b.page.getByRole("list", { name: "Open sessions" })).not.toContainText("in the meeting");
  await expect(b.page.getByRole("list", { name: "Open sessions" }).getByRole("button", { name: "Join meeting" })).toBeVisible();

  // Bob ends it: Alice's home drops it without a reload.
  await postAs(request, bob, `/api/v1/sessions/${session.id}/end/`);
  await expect(a.page.getByText("No open sessions.")).toBeVisible({ timeout: 10_000 });
  await expect(a.page.getByText("You can join now")).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test("4 and 5. history says 'not held' for a session nobody joined; chat cards show the state and drop the live button", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Over");
  const bob = await registerUser(request, "Bob Over");
  await befriend(request, alice, bob);
  const session = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${session.id}/start/`);

  const { context, page } = await personIn(browser, bob);
  await page.goto(`/chat/${alice.id}`);
  const card = page.getByTestId("session-card");
  await expect(card.getByRole("link", { name: "Open waiting room" })).toBeVisible();
  await expect(card.getByTestId("session-status")).toHaveText("Active");

  await postAs(request, alice, `/api/v1/sessions/${session.id}/end/`);
  await expect(card.getByTestId("session-status")).toHaveText("ended · not held", { timeout: 10_000 });
  await expect(card.getByRole("link", { name: "Open waiting room" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Join meeting" })).toHaveCount(0);

  await page.goto("/sessions");
  const row = page.getByRole("list", { name: "Sessions" }).getByRole("listitem").filter({ hasText: alice.name });
  await expect(row.getByTestId("session-status")).toHaveText("Ended");
  await expect(row.getByTestId("session-outcome")).toHaveText("· not held");
  await expect(row).toContainText(`${alice.name} ended the session.`);
  await expect(row).not.toContainText("completed");
  await context.close();
});

test("1, 3, 4 and 9. the waiting room: what Jitsi lets us know about the meeting, End asks first, a summary when over, activity in sentences", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Room");
  const bob = await registerUser(request, "Bob Room");
  await befriend(request, alice, bob);
  const session = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${session.id}/start/`);
  await postAs(request, bob, `/api/v1/sessions/${session.id}/ready/`);
  const a = await personIn(browser, alice);
  await a.context.route(/^https:\/\/meet\.jit\.si\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Meeting</title><h1>Meeting room</h1>" }));
  const b = await personIn(browser, bob);
  await a.page.goto(`/sessions/${session.id}`);
  await b.page.goto(`/sessions/${session.id}`);

  // 3. Nobody is in yet, and the status does not pretend a call is going on.
  await expect(b.page.getByTestId("presence")).toHaveText("Nobody has opened the meeting yet.");
  await expect(b.page.getByTestId("session-status")).toHaveText("Meeting open");
  // 10. Join readiness is announced.
  await expect(a.page.getByRole("status").filter({ hasText: "You can join the meeting now." })).toBeVisible();

  const [tab] = await Promise.all([a.context.waitForEvent("page"), a.page.getByRole("button", { name: "Join meeting" }).click()]);
  await tab.waitForURL(/meet\.jit\.si/);
  await tab.close();
  // Jitsi reports no joins or leaves: after Alice opened the link (and closed the tab) the
  // room says when she opened it, and never that anyone is "in the meeting".
  await expect(b.page.getByTestId("presence")).toHaveText(new RegExp(`^${alice.name} opened the meeting at \\d{1,2}:\\d{2}(\\s?[AP]M)?\\.$`), { timeout: 8_000 });
  for (const page of [a.page, b.page]) {
    await expect(page.getByTestId("presence")).not.toContainText("in the meeting");
    // ("join the meeting" is fine: the word boundary keeps "join" out.)
    await expect(page.getByText(/\bin the meeting\b/i)).toHaveCount(0);
    await expect(page.getByTestId("session-status")).toHaveText("Meeting open");
  }
  // Alice started it: Join meeting is her one primary action; Mark ready is not offered to her.
  await expect(a.page.getByRole("button", { name: "Mark ready" })).toHaveCount(0);
  // Active: End only, never Cancel beside it.
  for (const page of [a.page, b.page]) await expect(page.getByRole("button", { name: "Cancel session" })).toHaveCount(0);

  // 1. End asks first: focus moves into the dialog, Escape closes it, focus comes back.
  const end = b.page.getByRole("button", { name: "End session" });
  await end.click();
  const dialog = b.page.getByRole("dialog", { name: "End the session for both of you?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep going" })).toBeFocused();
  await b.page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(end).toBeFocused();
  await expect(b.page.getByTestId("session-status")).toHaveText("Meeting open");
  // Jitsi cannot close the call: the dialog does not promise it.
  await expect(dialog).toHaveCount(0);
  await end.click();
  await expect(dialog).toContainText("The session ends here");
  await expect(dialog).not.toContainText("The meeting closes");
  await dialog.getByRole("button", { name: "Yes, end it" }).click();

  // 4. A summary: who, why, how long, who joined; the ways on; no stale Ready badges.
  for (const [page, ended, joined] of [
    [b.page, "You ended the session.", `Only ${alice.name} opened the meeting link.`],
    [a.page, `${bob.name} ended the session.`, "Only you opened the meeting link."],
  ] as const) {
    await expect(page.getByTestId("summary-outcome")).toHaveText(ended, { timeout: 8_000 });
    await expect(page.getByTestId("summary-joined")).toHaveText(joined);
    await expect(page.getByTestId("summary-duration")).toHaveText(/^\d+ (s|min) from the first opened link to the end of the session$/);
    await expect(page.getByRole("link", { name: "Back to chat" })).toHaveAttribute("href", `/chat/${page === a.page ? bob.id : alice.id}`);
    await expect(page.getByText("Ready", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "End session" })).toHaveCount(0);
  }

  // 9. The activity log speaks in sentences with relative times, never raw JSON.
  const activity = a.page.getByRole("list", { name: "Activity" });
  await expect(activity).toContainText("You joined the meeting.");
  await expect(activity).toContainText(`${bob.name} ended the session.`);
  await expect(activity).not.toContainText("{");
  await expect(activity).not.toContainText("provider_close");
  await expect(activity.locator("time").first()).toHaveText(/ago|just now/);
  await expect(activity.locator("time").first()).toHaveAttribute("title", /\d{4}/);

  // Start again: a new session with the same friend, started, in its own waiting room.
  await a.page.getByRole("button", { name: "Start again" }).click();
  await expect(a.page).not.toHaveURL(new RegExp(`/sessions/${session.id}$`));
  await expect(a.page).toHaveURL(/\/sessions\/\d+$/);
  await expect(a.page.getByTestId("session-status")).toHaveText("Meeting open");
  await a.context.close();
  await b.context.close();
});

test.describe("10. polish", () => {
  test("signed-out visitors to / learn what Pairline is; tab titles are 'Page · Pairline'", async ({ page, request }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Video calls with your friends");
    await expect(page.getByText("Pairline is for 1-on-1 video sessions between friends")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Create an account" })).toBeVisible();
    await expect(page).toHaveTitle("Welcome · Pairline");
    await page.goto("/login");
    await expect(page).toHaveTitle("Sign in · Pairline");

    const carol = await registerUser(request, "Carol Titles");
    await signIn(page, carol);
    await page.goto("/");
    await expect(page).toHaveTitle("Home · Pairline");
    await page.goto("/sessions/987654321");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle("Session not found · Pairline");
    await page.goto("/no/such/page");
    await expect(page).toHaveTitle("Page not found · Pairline");
  });

  test("skip link, aria-current in the nav, and a header that folds into a menu on phones", async ({ browser, request }) => {
    const dana = await registerUser(request, "Dana Keyboard");
    const { context, page } = await personIn(browser, dana);
    await page.goto("/friends");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Friends" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Sessions" })).not.toHaveAttribute("aria-current", "page");

    await page.setViewportSize({ width: 375, height: 700 });
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await nav.getByRole("link", { name: "Sessions" }).click();
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(nav).toBeHidden();
    await context.close();
  });

  test("history filters live in the address and survive a reload; statuses read as words", async ({ browser, request }) => {
    const erin = await registerUser(request, "Erin Filters");
    const frank = await registerUser(request, "Frank Filters");
    await befriend(request, erin, frank);
    const session = await postAs(request, erin, "/api/v1/sessions/create/", { participant_id: frank.id });
    await postAs(request, erin, `/api/v1/sessions/${session.id}/cancel/`);
    await postAs(request, erin, "/api/v1/sessions/create/", { participant_id: frank.id });

    const { context, page } = await personIn(browser, erin);
    await page.goto("/sessions");
    const list = page.getByRole("list", { name: "Sessions" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Cancelled" }).click();
    await expect(page).toHaveURL(/\/sessions\?status=cancelled$/);
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await page.reload();
    await expect(page.getByRole("button", { name: "Cancelled" })).toHaveAttribute("aria-pressed", "true");
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list.getByTestId("session-status")).toHaveText("Cancelled");
    await page.getByRole("button", { name: "All" }).click();
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(list.getByTestId("session-status")).toHaveText(["Not started", "Cancelled"]);
    await context.close();
  });

  test("searching your own name says 'That's you'", async ({ browser, request }) => {
    const gina = await registerUser(request, `Gina Selfsearch ${Date.now()}`);
    const { context, page } = await personIn(browser, gina);
    await page.goto("/friends");
    await page.getByLabel("Search people").fill(gina.name);
    await expect(page.getByTestId("self-match")).toContainText("That’s you");
    await expect(page.getByText("No one matches")).toHaveCount(0);
    await context.close();
  });

  test("chat: the composer has focus, links are clickable (http(s) only), a counter near the limit, and a 'new messages' pill", async ({ browser, request }) => {
    const hana = await registerUser(request, "Hana Chat");
    const ivan = await registerUser(request, "Ivan Chat");
    await befriend(request, hana, ivan);
    for (let i = 0; i < 25; i++) {
      const sent = await request.post(`/api/v1/chats/${hana.id}/messages`, { headers: api(ivan), data: { text: `Earlier message ${i}\nwith a second line` } });
      expect(sent.status()).toBe(201);
    }
    await request.post(`/api/v1/chats/${hana.id}/messages`, { headers: api(ivan), data: { text: "Look at https://example.com/page?x=1. Not this: javascript:alert(1)" } });

    const { context, page } = await personIn(browser, hana);
    await page.goto(`/chat/${ivan.id}`);
    const composer = page.getByRole("textbox", { name: "Message" });
    await expect(composer).toBeFocused();

    const log = page.getByRole("log", { name: "Messages" });
    const link = log.getByRole("link", { name: "https://example.com/page?x=1" });
    await expect(link).toHaveAttribute("href", "https://example.com/page?x=1");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(log.getByRole("link", { name: /javascript/ })).toHaveCount(0);

    await composer.fill("a".repeat(1600));
    await expect(page.getByTestId("composer-hint")).toHaveText("1600 / 2000 characters: 400 left.");
    await composer.fill("");

    // Scrolled up to read: a new message brings the pill, not a jump.
    await log.evaluate((element) => (element.scrollTop = 0));
    await request.post(`/api/v1/chats/${hana.id}/messages`, { headers: api(ivan), data: { text: "Are you there?" } });
    const pill = page.getByRole("button", { name: "New messages ↓" });
    await expect(pill).toBeVisible({ timeout: 8_000 });
    expect(await log.evaluate((element) => element.scrollTop)).toBeLessThan(50);
    await pill.click();
    await expect(pill).toHaveCount(0);
    await expect(log.getByText("Are you there?")).toBeInViewport();
    await context.close();
  });
});
