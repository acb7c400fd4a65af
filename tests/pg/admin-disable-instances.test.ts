// Disabling an account ends its event streams on every instance within 1 s (README,
// Admin): the token-version bump reaches the other instance through the change feed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { api, createUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { openEventStream } from "../support/event-stream";
import { waitForListeners } from "../support/change-feed";
import { withSql } from "../support/sql";

let second: AppServer;
beforeAll(async () => {
  second = await startAppServer({ name: "pg-disable-second", databaseUrl: inject("databaseUrl") });
}, 120_000);
afterAll(async () => {
  await second?.stop();
});

describe("disabling across instances", () => {
  it("POST /api/v1/admin/users/:id/disable on one instance – the user's stream on the other ends within 1 s, and the other refuses their token", async () => {
    const admin = await createUser("Instances Admin");
    await withSql((client) => client.query("UPDATE users SET role = 'admin' WHERE id = $1", [admin.id]));
    const deadline = Date.now() + 3_000;
    while ((await api("/api/v1/admin/users?limit=1", { token: admin.token })).status !== 200) {
      if (Date.now() > deadline) throw new Error("promotion not seen");
    }
    const user = await createUser("Instances Disabled");
    const stream = await openEventStream({ token: user.token, url: second.baseUrl });
    expect(stream.status).toBe(200);
    await stream.waitFor((event) => event.name === "counts", 3_000, "counts");
    expect(await waitForListeners((pids) => pids.length === 2)).toHaveLength(2);

    const disabled = await api(`/api/v1/admin/users/${user.id}/disable`, { method: "POST", token: admin.token, body: { reason: "two instances" } });
    const doneAt = Date.now();
    expect(disabled.status).toBe(200);
    await stream.ended;
    expect(Date.now() - doneAt).toBeLessThan(1_000);
    const refused = await api("/api/v1/users/me", { token: user.token, baseUrl: second.baseUrl });
    expect(refused.status).toBe(401);
    expect(refused.body.error.reason).toBe("account_disabled");
  });
});
