// Every page, as a user and as an admin: no sideways scroll at 320 and 375 px with a
// 60-character name, and no WCAG 2.1 A/AA violations from axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./fixtures";
import { befriend, postAs, registerUser, sidewaysOverflow, signIn, tokenFor, type E2EUser } from "./support";

// 60 characters, with a word too long for any phone line.
const LONG_NAME = "Maximiliana Featherstonehaugh-Wolfeschlegelsteinhausenberger";

type Setup = { user: E2EUser; friend: E2EUser; admin: E2EUser; paths: { user: string[]; admin: string[]; signedOut: string[] } };

async function setUp(request: Parameters<typeof registerUser>[0]): Promise<Setup> {
  expect(LONG_NAME).toHaveLength(60);
  const user = await registerUser(request, LONG_NAME);
  const friend = await registerUser(request, `${LONG_NAME.slice(0, 50)} Friend 2`);
  const admin: E2EUser = { id: 0, name: E2E_ADMIN.name, email: E2E_ADMIN.email, password: E2E_ADMIN.password, token: await tokenFor(request, E2E_ADMIN.email, E2E_ADMIN.password) };
  await befriend(request, user, friend);
  // An open session (both ready, one joined) and a finished one, between the long names.
  const finished = await postAs(request, user, "/api/v1/sessions/create/", { participant_id: friend.id });
  await postAs(request, user, `/api/v1/sessions/${finished.id}/start/`);
  await postAs(request, friend, `/api/v1/sessions/${finished.id}/ready/`);
  const token = await postAs(request, user, `/api/v1/sessions/${finished.id}/join-token/`);
  await postAs(request, user, "/api/v1/sessions/join-token/validate/", { token: token.token });
  await postAs(request, friend, `/api/v1/sessions/${finished.id}/end/`);
  const open = await postAs(request, friend, "/api/v1/sessions/create/", { participant_id: user.id });
  await postAs(request, friend, `/api/v1/sessions/${open.id}/start/`);
  await postAs(request, user, `/api/v1/sessions/${open.id}/ready/`);
  await request.post(`/api/v1/chats/${user.id}/messages`, { headers: { authorization: `Bearer ${friend.token}` }, data: { text: `A long link https://example.com/${"x".repeat(80)} and words` } });
  // A planned session between the long names, with a note (home lists it; its own waiting room).
  const planned = await postAs(request, user, "/api/v1/sessions/schedule", {
    participant_id: friend.id,
    starts_at: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    note: `Agenda: ${"a-very-long-word".repeat(8)} and more`,
  });
  // The admin has a friend, a chat and a session of their own too.
  const me = await (await request.get("/api/v1/users/me", { headers: { authorization: `Bearer ${admin.token}` } })).json();
  admin.id = me.id;
  const adminFriend = await registerUser(request, `${LONG_NAME.slice(0, 48)} Admin friend`);
  await befriend(request, admin, adminFriend).catch(() => undefined);
  const adminSession = await postAs(request, admin, "/api/v1/sessions/create/", { participant_id: adminFriend.id });
  // An invitation from the long name: the register page it opens names the inviter.
  const invite = await postAs(request, user, "/api/v1/invites", {});
  const common = ["/", "/friends", "/sessions", "/sessions?status=completed", "/settings", "/no/such/page", "/join/not-a-real-token"];
  return {
    user,
    friend,
    admin,
    paths: {
      user: [...common, `/chat/${friend.id}`, `/sessions/${open.id}`, `/sessions/${finished.id}`, `/sessions/${planned.id}`],
      admin: [...common, `/chat/${adminFriend.id}`, `/sessions/${adminSession.id}`, "/admin", `/admin/sessions/${finished.id}`, `/admin/sessions/${open.id}`, "/admin/users", `/admin/users/${friend.id}`, "/admin/audit-log"],
      signedOut: ["/", "/login", "/register", "/docs", "/forgot-password", "/reset-password/not-a-real-token", new URL(invite.url).pathname, "/unsubscribe?token=not-a-real-token"],
    },
  };
}

async function settle(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  // The relative times and live lists have rendered once.
  await page.waitForTimeout(300);
}

async function as(browser: Browser, who: E2EUser | null, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  if (who) await signIn(page, who);
  return { context, page };
}

let setup: Setup;
test.beforeAll(async ({ request }) => {
  setup = await setUp(request);
});

for (const width of [320, 375]) {
  test(`8. every page fits ${width} px with a 60-character name`, async ({ browser }) => {
    test.setTimeout(400_000);
    const tooWide: string[] = [];
    for (const [who, paths] of [
      [null, setup.paths.signedOut],
      [setup.user, setup.paths.user],
      [setup.admin, setup.paths.admin],
    ] as const) {
      const { context, page } = await as(browser, who, width);
      for (const path of paths) {
        await settle(page, path);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) tooWide.push(`${who ? (who === setup.admin ? "admin" : "user") : "signed out"} ${path}: ${overflow} px too wide`);
      }
      if (who === setup.user) {
        // Long names are cut with an ellipsis and kept whole in a tooltip.
        await settle(page, "/");
        await expect(page.getByTestId("current-user")).toHaveAttribute("title", LONG_NAME);
      }
      await context.close();
    }
    expect(tooWide).toEqual([]);
  });
}

test("every page, signed out, as a user and as an admin: no axe violations (WCAG 2.1 A/AA)", async ({ browser }) => {
  test.setTimeout(600_000);
  const problems: string[] = [];
  for (const [who, paths] of [
    [null, setup.paths.signedOut],
    [setup.user, setup.paths.user],
    [setup.admin, setup.paths.admin],
  ] as const) {
    const { context, page } = await as(browser, who, 1280);
    for (const path of paths) {
      await settle(page, path);
      // On /docs, Scalar's reference included: wait until it has rendered.
      if (path === "/docs") await expect(page.getByText("Sessions").first()).toBeVisible({ timeout: 30_000 });
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const violation of results.violations) {
        problems.push(`${who?.name ?? "signed out"} ${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
      }
    }
    await context.close();
  }
  expect(problems).toEqual([]);
});
