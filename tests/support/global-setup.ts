// Starts one app server for the API project, on the engine TEST_DB selects.
import crypto from "node:crypto";
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";

export default async function setup(project: TestProject) {
  const engine = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
  let cluster: PostgresCluster | undefined;
  let databaseUrl: string | undefined;
  if (engine === "postgres") {
    cluster = await startPostgresCluster();
    cluster.createDatabase("pairline_api");
    databaseUrl = cluster.url("pairline_api");
  }
  // One admin account for the admin API tests, made before the server owns the database.
  const admin = { email: `admin-${crypto.randomBytes(4).toString("hex")}@example.test`, password: crypto.randomBytes(12).toString("base64url"), name: "Ada Admin" };
  const server = await startAppServer({ name: `api-${engine}`, databaseUrl, admins: [admin] });
  console.log(`[api tests] database engine: ${engine === "postgres" ? "PostgreSQL (throwaway cluster)" : "embedded PGlite"}; server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", databaseUrl ?? "");
  project.provide("adminEmail", admin.email);
  project.provide("adminPassword", admin.password);
  return async () => {
    await server.stop();
    cluster?.stop();
  };
}
