// The zoom project: a fake Zoom in this process and an app server configured to use it
// (VIDEO_PROVIDER=zoom) with a webhook secret, on PGlite, or on PostgreSQL when
// TEST_DB=postgres (the parallel-start race only means something there). Tests control
// the fake over HTTP.
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { FAKE_ZOOM_CREDENTIALS, startFakeZoom } from "./fake-zoom";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";
import { ZOOM_TEST_WEBHOOK_SECRET } from "./zoom-webhook";

/** Short, so the timeout tests are quick; still long for a loopback fake. */
export const ZOOM_TEST_TIMEOUT_MS = 1500;

export default async function setup(project: TestProject) {
  const engine = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
  let cluster: PostgresCluster | undefined;
  let databaseUrl: string | undefined;
  if (engine === "postgres") {
    cluster = await startPostgresCluster();
    cluster.createDatabase("pairline_zoom");
    databaseUrl = cluster.url("pairline_zoom");
  }
  const fake = await startFakeZoom();
  const server = await startAppServer({
    name: `zoom-${engine}`,
    databaseUrl,
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
  console.log(`[zoom tests] database engine: ${engine === "postgres" ? "PostgreSQL (throwaway cluster)" : "embedded PGlite"}; fake Zoom ${fake.url}; server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", databaseUrl ?? "");
  project.provide("fakeZoomUrl", fake.url);
  return async () => {
    await server.stop();
    await fake.close();
    cluster?.stop();
  };
}
