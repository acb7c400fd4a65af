// Starts one app server for the API project, on the engine TEST_DB selects.
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { testDatabase } from "./test-database";

export default async function setup(project: TestProject) {
  const { engine, databaseUrl, cluster, label } = await testDatabase("pairline_api");
  const server = await startAppServer({ name: `api-${engine}`, databaseUrl });
  console.log(`[api tests] database engine: ${label}; server ${server.baseUrl}`);
  project.provide("apiBaseUrl", server.baseUrl);
  project.provide("databaseUrl", databaseUrl ?? "");
  return async () => {
    await server.stop();
    cluster?.stop();
  };
}
