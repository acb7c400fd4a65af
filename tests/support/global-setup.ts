// Starts one app server for the API project, on the engine TEST_DB selects.
import crypto from "node:crypto";
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { testDatabase } from "./test-database";
import { SHARED_TEST_SERVER_LIMITS } from "./test-limits";

export default async function setup(project: TestProject) {
  const { engine, databaseUrl, cluster, label } = await testDatabase("pairline_api");
  // One admin account for the admin API tests, made before the server owns the database.
  const admin = { email: `admin-${crypto.randomBytes(4).toString("hex")}@example.test`, password: crypto.randomBytes(12).toString("base64url"), name: "Ada Admin" };
  const server = await startAppServer({ name: `api-${engine}`, databaseUrl, admins: [admin], extraEnv: SHARED_TEST_SERVER_LIMITS });
  console.log(`[api tests] database engine: ${label}; server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", databaseUrl ?? "");
  project.provide("adminEmail", admin.email);
  project.provide("adminPassword", admin.password);
  return async () => {
    await server.stop();
    cluster?.stop();
  };
}
