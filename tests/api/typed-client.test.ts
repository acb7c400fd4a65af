// A client generated from the served document is enough to use the API with types and no
// casts: openapi-typescript turns GET /api/v1/openapi.json into TypeScript, tsc checks a
// flow written against it (integer path ids, paging with `limit` and `cursor`, polling
// with `If-None-Match`), and the same flow then runs against this server with openapi-fetch.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import openapiTS, { astToString } from "openapi-typescript";
import { baseUrl } from "../support/api-client";
import { friendPair } from "../support/sessions";

const root = path.join(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp/typed-client");

/** The flow: every value has the type the document gives it; nothing is cast. */
const FLOW = `import createClient from "openapi-fetch";
import type { paths } from "./schema";

export async function flow(baseUrl: string, token: string, friendId: number) {
  const client = createClient<paths>({ baseUrl: \`\${baseUrl}/api/v1\`, headers: { authorization: \`Bearer \${token}\` } });

  const created = await client.POST("/sessions/create", { body: { participant_id: friendId } });
  if (!created.data) throw new Error(created.error?.error.message ?? "no session");
  const id: number = created.data.id;

  const first = await client.GET("/sessions/{id}/join-eligibility", { params: { path: { id } } });
  const etag = first.response.headers.get("etag");
  const canJoin: boolean | undefined = first.data?.can_join;
  const again = await client.GET("/sessions/{id}/join-eligibility", { params: { path: { id }, header: { "If-None-Match": etag ?? undefined } } });

  const page = await client.GET("/sessions", { params: { query: { limit: 1, status: "pending" } } });
  const ids: number[] = (page.data ?? []).map((session) => session.id);
  const next = page.response.headers.get("link");
  const cursor: number | undefined = ids.at(-1);
  const older = await client.GET("/sessions", { params: { query: { limit: 1, cursor } } });

  // @ts-expect-error: a path id is an integer, not a string
  void client.GET("/sessions/{id}", { params: { path: { id: "7" } } });
  // @ts-expect-error: limit is an integer
  void client.GET("/sessions", { params: { query: { limit: "10" } } });

  return { id, canJoin, firstStatus: first.response.status, againStatus: again.response.status, ids, next, olderCount: older.data?.length ?? -1 };
}
`;

const run = promisify(execFile);

describe("a client generated from GET /api/v1/openapi.json", () => {
  it("type-checks a flow with integer ids, paging and If-None-Match, and the flow works", async () => {
    fs.mkdirSync(dir, { recursive: true });
    const document = await (await fetch(`${baseUrl()}/api/v1/openapi.json`)).json();
    fs.writeFileSync(path.join(dir, "schema.ts"), astToString(await openapiTS(document)));
    fs.writeFileSync(path.join(dir, "flow.ts"), FLOW);
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", lib: ["ES2023", "dom"], module: "esnext", moduleResolution: "bundler", strict: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ["flow.ts"],
      }),
    );
    const tsc = path.join(root, "node_modules/.bin/tsc");
    const checked = await run(tsc, ["-p", path.join(dir, "tsconfig.json")]).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(checked).toBe("");

    const [alice, bob] = await friendPair();
    const { flow } = (await import(path.join(dir, "flow.ts"))) as { flow: (baseUrl: string, token: string, friendId: number) => Promise<Record<string, unknown>> };
    const result = await flow(baseUrl(), alice.token, bob.id);
    expect(result).toMatchObject({ firstStatus: 200, againStatus: 304, ids: [result.id], olderCount: 0 });
  }, 60_000);
});
