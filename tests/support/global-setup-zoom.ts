// The zoom project: a fake Zoom in this process and an app server configured to use it
// (VIDEO_PROVIDER=zoom) with a webhook secret, on PGlite, or on PostgreSQL when
// TEST_DB=postgres (the parallel-start race only means something there). Tests control
// the fake over HTTP.
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { appEnvForFakeZoom, startFakeZoom } from "./fake-zoom";
import { testDatabase } from "./test-database";
import { ZOOM_TEST_WEBHOOK_SECRET } from "./zoom-webhook";
import { SHARED_TEST_SERVER_LIMITS } from "./test-limits";
import fs from "node:fs";
import { FAKE_ZOOM_CREDENTIALS } from "./fake-zoom";
import { checkNoSecretsLogged, secretsFilePath } from "./secrets";

/** Short, so the timeout tests are quick; still long for a loopback fake. */
const ZOOM_TEST_TIMEOUT_MS = 1500;

export default async function setup(project: TestProject) {
  const { engine, databaseUrl, cluster, label } = await testDatabase("pairline_zoom");
  const fake = await startFakeZoom();
  const server = await startAppServer({
    name: `zoom-${engine}`,
    databaseUrl,
    extraEnv: {
      ...SHARED_TEST_SERVER_LIMITS,
      ...appEnvForFakeZoom(fake),
      ZOOM_WEBHOOK_SECRET_TOKEN: ZOOM_TEST_WEBHOOK_SECRET,
      ZOOM_TIMEOUT_MS: String(ZOOM_TEST_TIMEOUT_MS),
    },
  });
  console.log(`[zoom tests] database engine: ${label}; fake Zoom ${fake.url}; server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", databaseUrl ?? "");
  project.provide("fakeZoomUrl", fake.url);
  const secretsPath = secretsFilePath("zoom");
  project.provide("serverLogPath", server.logPath);
  project.provide("secretsPath", secretsPath);
  return async () => {
    try {
      checkNoSecretsLogged(`zoom tests, ${label}`, server.logPath, secretsPath, [FAKE_ZOOM_CREDENTIALS.clientSecret, ZOOM_TEST_WEBHOOK_SECRET]);
    } finally {
      fs.rmSync(secretsPath, { force: true });
      await server.stop();
      await fake.close();
      cluster?.stop();
    }
  };
}
