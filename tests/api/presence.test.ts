// Presence and preferences (README, Presence and preferences). The test servers run with
// PRESENCE_GRACE_SECONDS=2 (tests/support/test-limits.ts) instead of the default 10.
import { afterEach, describe, expect, it } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "../support/api-client";
import { openEventStream } from "../support/event-stream";
import { expectOfflineAfterGrace, friendPresence, streamTracker } from "../support/presence";

const GRACE_MS = 2_000;
const streams = streamTracker();
const streamFor = (user: TestUser) => streams.open(user);
const friendEntry = (viewer: TestUser, friend: TestUser) => friendPresence(viewer, friend);

afterEach(() => streams.closeAll());

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function pair(prefix: string): Promise<[TestUser, TestUser]> {
  const [alice, bob] = [await createUser(`${prefix} Alice`), await createUser(`${prefix} Bob`)];
  await makeFriends(alice, bob);
  return [alice, bob];
}

describe("presence", () => {
  it("GET /api/v1/friends – online while a stream is open, for the grace period after it closes, then last seen", async () => {
    const [alice, bob] = await pair("Presence");
    expect(await friendEntry(alice, bob)).toEqual({ online: false, last_seen_at: null });

    const stream = await streamFor(bob);
    const online = await friendEntry(alice, bob);
    expect(online.online).toBe(true);
    expect(Date.parse(online.last_seen_at!)).toBeGreaterThan(Date.now() - 5_000);

    stream.close();
    const closedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A reload does not flicker: still online inside the grace period.
    expect((await friendEntry(alice, bob)).online).toBe(true);

    const after = await until(() => friendEntry(alice, bob), (entry) => !entry.online, GRACE_MS + 3_000);
    expect(after.online).toBe(false);
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 200);
    expect(Math.abs(Date.parse(after.last_seen_at!) - closedAt)).toBeLessThan(1_500);
  });

  it("GET /api/v1/events – friends hear `presence` when someone comes online and, after the grace period, goes offline", async () => {
    const [alice, bob] = await pair("Event");
    const watching = await streamFor(alice);

    const bobsStream = await openEventStream({ token: bob.token });
    const cameOnline = await watching.waitFor((event) => event.name === "presence" && event.data.user_id === bob.id, 3_000, "online");
    expect(cameOnline.data).toEqual({ user_id: bob.id, online: true });

    bobsStream.close();
    await expectOfflineAfterGrace(watching, bob.id, Date.now(), GRACE_MS);
  });

  it("GET /api/v1/events – a reload inside the grace period sends nothing", async () => {
    const [alice, bob] = await pair("Reload");
    const watching = await streamFor(alice);
    const first = await streamFor(bob);
    await watching.waitFor((event) => event.name === "presence" && event.data.online === true, 3_000, "online");
    watching.events.length = 0;
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await streamFor(bob);
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 1_500));
    expect(watching.events.filter((event) => event.name === "presence")).toEqual([]);
    expect((await friendEntry(alice, bob)).online).toBe(true);
  });

  it("non-friends never see presence: no event, and search results carry none", async () => {
    const [alice, bob] = await pair("Stranger");
    const carol = await createUser("Stranger Carol");
    const carolsStream = await streamFor(carol);
    const alicesStream = await streamFor(alice);
    await streamFor(bob);
    await alicesStream.waitFor((event) => event.name === "presence" && event.data.user_id === bob.id, 3_000, "the friend's event");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(carolsStream.events.filter((event) => event.name === "presence")).toEqual([]);

    const search = await api(`/api/v1/users?q=${encodeURIComponent("Stranger Bob")}`, { token: carol.token });
    expect(search.status).toBe(200);
    const found = search.body.find((item: { id: number }) => item.id === bob.id);
    expect(Object.keys(found).sort()).toEqual(["friendship", "id", "joined_at", "mutual_friends", "name"]);
    const friends = await api("/api/v1/friends", { token: carol.token });
    expect(friends.body).toEqual([]);
  });

  it("show_presence off: always offline and never seen to friends; turning it off and on tells them", async () => {
    const [alice, bob] = await pair("Hidden");
    const watching = await streamFor(alice);
    await streamFor(bob);
    await watching.waitFor((event) => event.name === "presence" && event.data.online === true, 3_000, "online");
    expect((await friendEntry(alice, bob)).online).toBe(true);

    const off = await api("/api/v1/users/me/preferences", { method: "PATCH", token: bob.token, body: { show_presence: false } });
    expect(off.status).toBe(200);
    const hidden = await watching.waitFor((event) => event.name === "presence" && event.data.online === false, 3_000, "hidden");
    expect(hidden.data).toEqual({ user_id: bob.id, online: false });
    expect(await friendEntry(alice, bob)).toEqual({ online: false, last_seen_at: null });

    // A new stream of a hidden user still says nothing true about them.
    watching.events.length = 0;
    await streamFor(bob);
    expect(await friendEntry(alice, bob)).toEqual({ online: false, last_seen_at: null });
    expect(watching.events.filter((event) => event.name === "presence" && event.data.online === true)).toEqual([]);

    await api("/api/v1/users/me/preferences", { method: "PATCH", token: bob.token, body: { show_presence: true } });
    const shown = await watching.waitFor((event) => event.name === "presence" && event.data.online === true, 3_000, "shown");
    expect(shown.data).toEqual({ user_id: bob.id, online: true });
    expect((await friendEntry(alice, bob)).online).toBe(true);
  });
});

describe("GET, PATCH /api/v1/users/me/preferences", () => {
  const defaults = { show_presence: true, email_friend_requests: true, email_session_started: true, email_scheduled_sessions: true, time_zone: "UTC" };

  it("GET /api/v1/users/me/preferences – the defaults", async () => {
    const me = await createUser("Prefs Default");
    const response = await api("/api/v1/users/me/preferences", { token: me.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(defaults);
  });

  it("PATCH /api/v1/users/me/preferences – any subset, answered with the whole object, kept", async () => {
    const me = await createUser("Prefs Patch");
    const first = await api("/api/v1/users/me/preferences", { method: "PATCH", token: me.token, body: { email_scheduled_sessions: false, time_zone: "Europe/Berlin" } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ ...defaults, email_scheduled_sessions: false, time_zone: "Europe/Berlin" });
    const second = await api("/api/v1/users/me/preferences", { method: "PATCH", token: me.token, body: { email_friend_requests: false, time_zone: "UTC" } });
    expect(second.body).toEqual({ ...defaults, email_scheduled_sessions: false, email_friend_requests: false });
    const empty = await api("/api/v1/users/me/preferences", { method: "PATCH", token: me.token, body: {} });
    expect(empty.body).toEqual(second.body);
    expect((await api("/api/v1/users/me/preferences", { token: me.token })).body).toEqual(second.body);
  });

  it.each([
    ["an unknown key", { email_marketing: false }, { email_marketing: "Unknown field" }],
    ["an unknown time zone", { time_zone: "Mars/Olympus_Mons" }, { time_zone: "Unknown time zone; expected an IANA name such as Europe/Berlin or UTC" }],
    ["an empty time zone", { time_zone: "" }, { time_zone: "Unknown time zone; expected an IANA name such as Europe/Berlin or UTC" }],
    ["a time zone that is not a string", { time_zone: 2 }, { time_zone: "Invalid input: expected string, received number" }],
    ["a flag that is not a boolean", { show_presence: "yes" }, { show_presence: "Expected true or false" }],
  ])("PATCH /api/v1/users/me/preferences – 400 for %s, and nothing changes", async (_label, body, fields) => {
    const me = await createUser("Prefs Bad");
    const response = await api("/api/v1/users/me/preferences", { method: "PATCH", token: me.token, body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
    expect((await api("/api/v1/users/me/preferences", { token: me.token })).body).toEqual(defaults);
  });
});

describe("GET /api/v1/users?q= – telling same-named people apart", () => {
  it("GET /api/v1/users – each result has the month they joined and the number of mutual friends", async () => {
    const tag = `Twin${Date.now().toString(36)}`;
    const me = await createUser(`${tag} Seeker`);
    const [bob, carol] = [await createUser(`${tag} Bob`), await createUser(`${tag} Carol`)];
    const [known, lookalike] = [await createUser(`${tag} Alice`), await createUser(`${tag} Alice`)];
    await makeFriends(me, bob);
    await makeFriends(me, carol);
    await makeFriends(known, bob);
    await makeFriends(known, carol);
    await makeFriends(lookalike, (await createUser(`${tag} Dave`)));

    const response = await api(`/api/v1/users?q=${encodeURIComponent(`${tag} Alice`)}`, { token: me.token });
    expect(response.status).toBe(200);
    const month = new Date().toISOString().slice(0, 7);
    expect(response.body).toEqual([
      { id: known.id, name: known.name, friendship: "none", joined_at: month, mutual_friends: 2 },
      { id: lookalike.id, name: lookalike.name, friendship: "none", joined_at: month, mutual_friends: 0 },
    ]);
  });
});
