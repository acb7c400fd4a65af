// Paged lists follow the event stream too (README, Live updates): the session history is a
// useSWRInfinite list, whose keys SWR's filtered mutate() skips; a friend's new session
// must still appear on /sessions without a reload.
import { befriend, expect, openLive, personIn, postAs, registerUser, test } from "./support";

test("Bob's session history shows Alice's new session without a reload, and its cancellation too", async ({ browser, request }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const alice = await registerUser(request, `Alice ${tag}`);
  const bob = await registerUser(request, `Bob ${tag}`);
  await befriend(request, alice, bob);
  const first = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(request, alice, `/api/v1/sessions/${first.id}/cancel/`);

  const b = await personIn(browser, bob);
  await openLive(b.page, "/sessions");
  const rows = b.page.getByRole("list", { name: "Sessions" }).getByRole("listitem");
  await expect(rows).toHaveCount(1);

  // Longer than any polling interval would need to pass unnoticed: the stream does it.
  const second = await postAs(request, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await expect(rows).toHaveCount(2, { timeout: 2_000 });
  await expect(rows.first()).toContainText(alice.name);
  await postAs(request, alice, `/api/v1/sessions/${second.id}/cancel/`);
  await expect(rows.first()).toContainText(/cancel/i, { timeout: 2_000 });
  await b.context.close();
});
