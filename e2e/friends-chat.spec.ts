// Two people in two browsers: A finds B and asks, B accepts, then they chat live.
import type { Browser, Page } from "@playwright/test";
import { befriend, expect, personIn, registerUser as register, test, type E2EUser } from "./support";

async function signedIn(browser: Browser, person: E2EUser): Promise<Page> {
  const { page } = await personIn(browser, person);
  await expect(page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  return page;
}

test("A finds B and sends a request, B accepts, and their chat messages appear live on the other side", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const alice = await register(request, `Alice ${tag}`);
  const bob = await register(request, `Bob ${tag}`);
  const a = await signedIn(browser, alice);
  const b = await signedIn(browser, bob);

  // B starts with an empty home page.
  await expect(b.getByText("No friends yet.")).toBeVisible();

  // A searches for B on /friends and sends a request.
  await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Friends" }).click();
  await expect(a.getByRole("heading", { name: "Friends", exact: true })).toBeVisible();
  await a.getByLabel("Search people").fill(`Bob ${tag}`);
  const result = a.getByRole("list", { name: "Search results" }).getByRole("listitem").filter({ hasText: bob.name });
  await result.getByRole("button", { name: "Add friend" }).click();
  await expect(result.getByText("Request sent")).toBeVisible();
  await expect(a.getByRole("list", { name: "Sent friend requests" }).getByRole("listitem")).toHaveText(new RegExp(bob.name));

  // B sees the request on the home page (after a reload) and accepts it.
  await b.reload();
  const incoming = b.getByRole("list", { name: "Incoming friend requests" }).getByRole("listitem").filter({ hasText: alice.name });
  await incoming.getByRole("button", { name: "Accept" }).click();
  await expect(b.getByRole("list", { name: "Incoming friend requests" })).toHaveCount(0);
  const aliceOnB = b.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: alice.name });
  await expect(aliceOnB).toBeVisible();
  await expect(b.locator("main [role=alert]")).toHaveCount(0);

  // B opens the chat with A and waits there.
  await aliceOnB.getByRole("link", { name: "Chat" }).click();
  await expect(b).toHaveURL(new RegExp(`/chat/${alice.id}$`));
  await expect(b.getByText(`Say hello to ${alice.name}!`)).toBeVisible();

  // A's page learns of the friendship (reloading is allowed for requests) and opens the chat.
  await a.reload();
  await expect(a.getByRole("list", { name: "Search results" })).toHaveCount(0);
  const bobOnA = a.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: bob.name });
  await bobOnA.getByRole("link", { name: "Chat" }).click();
  await expect(a).toHaveURL(new RegExp(`/chat/${bob.id}$`));

  // A sends with Enter; Shift+Enter makes a new line. B sees it without a reload.
  const composer = a.getByRole("textbox", { name: "Message" });
  await composer.fill("Hi Bob!");
  await composer.press("Shift+Enter");
  await composer.pressSequentially("<b>not bold</b>");
  await composer.press("Enter");
  await expect(composer).toHaveValue("");
  const aliceLog = a.getByRole("log", { name: "Messages" });
  await expect(aliceLog.getByText("<b>not bold</b>")).toBeVisible();

  const bobLog = b.getByRole("log", { name: "Messages" });
  await expect(bobLog.getByText("Hi Bob!")).toBeVisible({ timeout: 8_000 });
  await expect(bobLog.getByText("<b>not bold</b>")).toBeVisible();
  await expect(bobLog.locator("b")).toHaveCount(0);

  // And back: B replies, A sees it appear.
  await b.getByRole("textbox", { name: "Message" }).fill("Hello Alice");
  await b.getByRole("button", { name: "Send" }).click();
  await expect(aliceLog.getByText("Hello Alice")).toBeVisible({ timeout: 8_000 });
  await expect(a.locator("main [role=alert]")).toHaveCount(0);
  await expect(b.locator("main [role=alert]")).toHaveCount(0);

  await a.context().close();
  await b.context().close();
});

test("unfriending asks for confirmation; the chat then says so instead of crashing", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const carol = await register(request, `Carol ${tag}`);
  const dave = await register(request, `Dave ${tag}`);
  const c = await signedIn(browser, carol);
  const d = await signedIn(browser, dave);

  // Dave asks through the API-backed search, Carol accepts on /friends.
  await d.goto("/friends");
  await d.getByLabel("Search people").fill(carol.email);
  await d.getByRole("list", { name: "Search results" }).getByRole("button", { name: "Add friend" }).click();
  await expect(d.getByRole("list", { name: "Search results" }).getByText("Request sent")).toBeVisible();
  await c.goto("/friends");
  await c.getByRole("list", { name: "Incoming friend requests" }).getByRole("button", { name: "Accept" }).click();
  const daveRow = c.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: dave.name });
  await expect(daveRow).toBeVisible();

  // Dave has the chat open; Carol unfriends (after confirming).
  await d.goto(`/chat/${carol.id}`);
  await d.getByRole("textbox", { name: "Message" }).fill("Are we still friends?");
  await d.getByRole("textbox", { name: "Message" }).press("Enter");
  await expect(d.getByRole("log", { name: "Messages" }).getByText("Are we still friends?")).toBeVisible();

  await daveRow.getByRole("button", { name: "Unfriend" }).click();
  await daveRow.getByRole("button", { name: "Keep as friend" }).click();
  await expect(daveRow.getByRole("button", { name: "Unfriend" })).toBeVisible();
  await daveRow.getByRole("button", { name: "Unfriend" }).click();
  await daveRow.getByRole("button", { name: "Yes, unfriend" }).click();
  await expect(c.getByText("No friends yet.")).toBeVisible();

  // Dave's open chat notices on its next poll; a fresh visit shows a clear page.
  await expect(d.locator("main [role=alert]")).toContainText(`You and ${carol.name} are no longer friends`, { timeout: 8_000 });
  await expect(d.getByRole("textbox", { name: "Message" })).toHaveCount(0);
  await d.reload();
  await expect(d.getByRole("heading", { name: "Not one of your friends" })).toBeVisible();
  await expect(d.locator("main")).not.toContainText(carol.name);
  await expect(d.getByRole("link", { name: "Go to Friends" })).toBeVisible();

  await c.context().close();
  await d.context().close();
});

test("a friend who already has an open session with you shows that session's button instead of Start session", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const erin = await register(request, `Erin ${tag}`);
  const frank = await register(request, `Frank ${tag}`);
  await befriend(request, frank, erin);
  const created = await request.post("/api/v1/sessions/create/", { data: { participant_id: erin.id }, headers: { authorization: `Bearer ${frank.token}` } });
  expect(created.status()).toBe(201);
  const sessionId = (await created.json()).id;

  const e = await signedIn(browser, erin);
  const row = e.getByRole("list", { name: "Friends" }).getByRole("listitem").filter({ hasText: frank.name });
  await row.getByRole("link", { name: "Open waiting room" }).click();
  await expect(e).toHaveURL(new RegExp(`/sessions/${sessionId}$`));
  await e.context().close();
});
