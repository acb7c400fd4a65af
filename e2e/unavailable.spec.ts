// While the API answers 503 service_unavailable (the database is down, README, Operations) the
// waiting room and the chat say so and keep polling; once it answers again they pick up
// what happened meanwhile by themselves. The browser stands in for the outage by
// answering the polls with the server's own 503; the server itself is the real one.
import type { Page } from "@playwright/test";
import { befriend, expect, personIn, postAs, registerUser, test } from "./support";

const OUTAGE = {
  status: 503,
  contentType: "application/json; charset=utf-8",
  headers: { "retry-after": "5" },
  body: JSON.stringify({ error: { code: "service_unavailable", message: "The service is temporarily unavailable; try again in a few seconds." } }),
};

async function outage(page: Page, path: RegExp): Promise<() => Promise<void>> {
  await page.route(path, (route) => route.fulfill(OUTAGE));
  return () => page.unroute(path);
}

test("the waiting room says 'temporarily unavailable' during an outage and recovers by itself", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Outage");
  const bob = await registerUser(request, "Bob Outage");
  await befriend(request, alice, bob);
  const session = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  const a = await personIn(browser, alice);
  await a.page.goto(`/sessions/${session.id}`);
  await expect(a.page.getByTestId("session-status")).toHaveText("Not started");

  const restore = await outage(a.page, /\/api\/v1\/sessions\/\d+\/join-eligibility\//);
  await expect(a.page.getByText("Temporarily unavailable; retrying…")).toBeVisible();
  // Meanwhile Bob starts the session through the API.
  await postAs(request, bob, `/api/v1/sessions/${session.id}/start/`);
  await restore();
  await expect(a.page.getByTestId("session-status")).toHaveText("Meeting open", { timeout: 15_000 });
  await expect(a.page.getByText("Temporarily unavailable; retrying…")).toHaveCount(0);
});

test("the chat says 'temporarily unavailable' during an outage and shows what arrived meanwhile", async ({ browser, request }) => {
  const alice = await registerUser(request, "Alice Chat Outage");
  const bob = await registerUser(request, "Bob Chat Outage");
  await befriend(request, alice, bob);
  const a = await personIn(browser, alice);
  await a.page.goto(`/chat/${bob.id}`);

  const restore = await outage(a.page, /\/api\/v1\/chats\/\d+\/messages/);
  await expect(a.page.getByText("Temporarily unavailable; retrying…")).toBeVisible();
  await postAs(request, bob, `/api/v1/chats/${alice.id}/messages`, { text: "Sent while you were cut off" });
  await restore();
  await expect(a.page.getByText("Sent while you were cut off")).toBeVisible({ timeout: 15_000 });
  await expect(a.page.getByText("Temporarily unavailable; retrying…")).toHaveCount(0);
});
