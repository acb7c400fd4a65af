// Starts one app server for the API project, on the engine TEST_DB selects.
import crypto from "node:crypto";
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { testDatabase } from "./test-database";
import { SHARED_TEST_SERVER_LIMITS } from "./test-limits";
import { checkNoSecretsLogged, secretsFilePath } from "./secrets";

export default async function setup(project: TestProject) {
  const { engine, databaseUrl, cluster, label } = await testDatabase("pairline_api");
  // One admin account for the admin API tests, made before the server owns the database.
  const admin = { email: `admin-${crypto.randomBytes(4).toString("hex")}@example.test`, password: crypto.randomBytes(12).toString("base64url"), name: "Ada Admin" };
  const server = await startAppServer({ name: `api-${engine}`, databaseUrl, admins: [admin], extraEnv: SHARED_TEST_SERVER_LIMITS });
  console.log(`[api tests] database engine: ${label}; server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", databaseUrl ?? "");
  project.provide("mailDir", server.env.MAIL_DIR!);
  project.provide("adminEmail", admin.email);
  project.provide("adminPassword", admin.password);
  const secretsPath = secretsFilePath("api");
  project.provide("serverLogPath", server.logPath);
  project.provide("secretsPath", secretsPath);
  return async () => {
    try {
      // After every test file, before the log goes away with the server's directory.
      checkNoSecretsLogged(`api tests, ${label}`, server.logPath, secretsPath, [admin.password]);
    } finally {
      fs.rmSync(secretsPath, { force: true });
      await server.stop();
      cluster?.stop();
    }
  };
}
