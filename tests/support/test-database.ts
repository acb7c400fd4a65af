// The database a test project's app server uses: embedded PGlite by default, a database
// in a throwaway PostgreSQL cluster when TEST_DB=postgres.
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";

export type TestDatabase = { engine: "postgres" | "pglite"; databaseUrl?: string; cluster?: PostgresCluster; label: string };

export async function testDatabase(name: string): Promise<TestDatabase> {
  if (process.env.TEST_DB !== "postgres") return { engine: "pglite", label: "embedded PGlite" };
  const cluster = await startPostgresCluster();
  cluster.createDatabase(name);
  return { engine: "postgres", databaseUrl: cluster.url(name), cluster, label: "PostgreSQL (throwaway cluster)" };
}
