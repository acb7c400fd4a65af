// The zoom project: a fake Zoom in this process and an app server configured to use it
// (VIDEO_PROVIDER=zoom) with a webhook secret. Tests control the fake over HTTP.
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { FAKE_ZOOM_CREDENTIALS, startFakeZoom } from "./fake-zoom";
import { ZOOM_TEST_WEBHOOK_SECRET } from "./zoom-webhook";

/** Short, so the timeout tests are quick; still long for a loopback fake. */
export const ZOOM_TEST_TIMEOUT_MS = 1500;

export default async function setup(project: TestProject) {
  const fake = await startFakeZoom();
  const server = await startAppServer({
    name: "zoom",
    extraEnv: {
      VIDEO_PROVIDER: "zoom",
      ZOOM_ACCOUNT_ID: FAKE_ZOOM_CREDENTIALS.accountId,
      ZOOM_CLIENT_ID: FAKE_ZOOM_CREDENTIALS.clientId,
      ZOOM_CLIENT_SECRET: FAKE_ZOOM_CREDENTIALS.clientSecret,
      ZOOM_API_BASE_URL: fake.apiBaseUrl,
      ZOOM_OAUTH_URL: fake.oauthUrl,
      ZOOM_WEBHOOK_SECRET_TOKEN: ZOOM_TEST_WEBHOOK_SECRET,
      ZOOM_TIMEOUT_MS: String(ZOOM_TEST_TIMEOUT_MS),
    },
  });
  console.log(`[zoom tests] fake Zoom ${fake.url}; server ${server.baseUrl} (embedded PGlite)`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", "");
  project.provide("fakeZoomUrl", fake.url);
  return async () => {
    await server.stop();
    await fake.close();
  };
}
