// README, The gate, enforced by the provider: with self-hosted Jitsi JWT configured, the
// one-time link /join/{token} sends the browser to the room with the redeemer's own
// `?jwt=`. The shared e2e server runs without JWT (other specs check plain room URLs), so
// this spec starts a server of its own; the Jitsi host is answered by page.route, so
// nothing leaves the machine.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import { befriend, expect, postAs, registerUser, signIn, test } from "./support";

const JITSI_HOST = "meet.gate-e2e.example";
let server: AppServer;
let api: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startAppServer({
    name: "e2e-meeting-jwt",
    extraEnv: { VIDEO_PROVIDER: "jitsi", JITSI_BASE_URL: `https://${JITSI_HOST}`, JITSI_JWT_APP_ID: "pairline-e2e", JITSI_JWT_SECRET: "e2e-jitsi-secret-0123456789abcdefghij", LOG_LEVEL: "warn" },
  });
  api = await playwrightRequest.newContext({ baseURL: server.baseUrl });
});

test.afterAll(async () => {
  await api?.dispose();
  await server?.stop();
});

test("/join/{token} lands on the Jitsi room with the redeemer's own ?jwt=", async ({ browser }) => {
  const [alice, bob] = [await registerUser(api, "Jwt Alice"), await registerUser(api, "Jwt Bob")];
  await befriend(api, alice, bob);
  const session = await postAs(api, alice, "/api/v1/sessions/create/", { participant_id: bob.id });
  await postAs(api, alice, `/api/v1/sessions/${session.id}/start/`);
  await postAs(api, bob, `/api/v1/sessions/${session.id}/ready/`);
  const { token } = await postAs(api, alice, `/api/v1/sessions/${session.id}/join-token/`);

  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  const reached: string[] = [];
  await context.route(`https://${JITSI_HOST}/**`, async (route) => {
    reached.push(route.request().url());
    await route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Jitsi stand-in</title><p>room</p>" });
  });
  await signIn(page, alice);
  await page.goto(`/join/${token}`);
  await page.waitForURL(new RegExp(`^https://${JITSI_HOST.replaceAll(".", "\\.")}/pairline-[0-9a-f]{32}\\?jwt=`));
  const url = new URL(page.url());
  const jwt = url.searchParams.get("jwt")!;
  const claims = JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString("utf8"));
  expect(claims).toMatchObject({ iss: "pairline-e2e", aud: "pairline-e2e", sub: JITSI_HOST, room: url.pathname.slice(1), context: { user: { id: String(alice.id), name: alice.name } } });
  expect(reached).toEqual([page.url()]);
  await context.close();
});
