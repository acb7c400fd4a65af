// The PostgreSQL-only project: a throwaway cluster, an app server on it, and the URL of
// a spare database for tests that drive the migration runner directly.
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { startPostgresCluster } from "./postgres-cluster";
import { SHARED_TEST_SERVER_LIMITS } from "./test-limits";

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  cluster.createDatabase("pairline_race");
  const server = await startAppServer({ name: "pg", databaseUrl: cluster.url("pairline_race"), extraEnv: SHARED_TEST_SERVER_LIMITS });
  console.log(`[pg tests] database engine: PostgreSQL (throwaway cluster); server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", cluster.url("pairline_race"));
  project.provide("postgresAdminUrl", cluster.url("postgres"));
  return async () => {
    await server.stop();
    cluster.stop();
  };
}
