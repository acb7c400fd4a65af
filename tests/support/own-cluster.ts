// For tests that stop or freeze PostgreSQL: a throwaway cluster of their own (never the
// project's shared one, which other files use meanwhile) with an app server on it.
import { startAppServer, type AppServer } from "./app-server";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";

export type OwnCluster = { cluster: PostgresCluster; server: AppServer; databaseUrl: string; stop: () => Promise<void> };

export async function serverOnOwnCluster(name: string): Promise<OwnCluster> {
  const cluster = await startPostgresCluster();
  const database = `pairline_${name}`;
  cluster.createDatabase(database);
  const databaseUrl = cluster.url(database);
  let server: AppServer;
  try {
    server = await startAppServer({ name, databaseUrl });
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return {
    cluster,
    server,
    databaseUrl,
    stop: async () => {
      cluster.thaw();
      try {
        await server.stop();
      } finally {
        cluster.stop();
      }
    },
  };
}
