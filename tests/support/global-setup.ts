// Starts one app server for the API project, on the engine TEST_DB selects.
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
  const server = await startAppServer({ name: `api-${engine}`, databaseUrl });
  console.log(`[api tests] database engine: ${engine === "postgres" ? "PostgreSQL (throwaway cluster)" : "embedded PGlite"}; server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", databaseUrl ?? "");
  return async () => {
    await server.stop();
    cluster?.stop();
  };
}
