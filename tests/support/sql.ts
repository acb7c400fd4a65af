// Direct SQL against the PostgreSQL database the app server uses (pg project only).
import pg from "pg";
import { inject } from "vitest";

export async function withSql<T>(run: (client: pg.Client) => Promise<T>, url = inject("databaseUrl")): Promise<T> {
  if (!url) throw new Error("No PostgreSQL URL: this test belongs to the pg project.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function count(sql: string, params: unknown[] = []): Promise<number> {
  return withSql(async (client) => Number((await client.query(sql, params)).rows[0].count));
}
