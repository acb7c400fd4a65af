// GET /api/v1/events (README, Live updates): each change reaches the streams of the people it
// concerns, and only theirs, within 1 s, as ids without content.
import { afterEach, describe, expect, it } from "vitest";
import { signAppToken } from "../support/app-token";
import { api, createUser, makeFriends, signInWithCookie, type TestUser } from "../support/api-client";
import { openEventStream, type EventStream, type ReceivedEvent } from "../support/event-stream";

const open: EventStream[] = [];
async function streamFor(user: TestUser | { token?: string; cookie?: string }): Promise<EventStream> {
  const stream = await openEventStream({ token: (user as TestUser).token, cookie: (user as { cookie?: string }).cookie });
  open.push(stream);
  return stream;
}

afterEach(() => {
  for (const stream of open.splice(0)) stream.close();
});

/** Waits for an event and checks it came within 1 s of `doneAt` (when the change's request answered). */
async function arrives(stream: EventStream, name: string, data: Record<string, unknown>, doneAt: number): Promise<ReceivedEvent> {
  const event = await stream.waitFor((candidate) => candidate.name === name && JSON.stringify(candidate.data) === JSON.stringify(data), 3_000, `${name} ${JSON.stringify(data)}`);
  expect(event.at - doneAt).toBeLessThan(1_000);
  // Ids only: exactly the fields named, nothing else.
  expect(event.data).toEqual(data);
  return event;
}

async function timed<T>(action: () => Promise<T>): Promise<[T, number]> {
  const result = await action();
  return [result, Date.now()];
}

describe("GET /api/v1/events", () => {
  it("GET /api/v1/events – 401 JSON for anonymous callers and bad tokens", async () => {
    for (const options of [{}, { token: "not-a-token" }, { cookie: "next-auth.session-token=forged" }]) {
      const stream = await openEventStream(options);
      expect(stream.status).toBe(401);
      expect(stream.body).toEqual({ error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } });
    }
  });

  it("GET /api/v1/events – an event stream with a first comment at once, no caching or buffering, and the current counts", async () => {
    const me = await createUser("Streamer");
    const stream = await streamFor(me);
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(stream.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(stream.headers.get("x-accel-buffering")).toBe("no");
    expect(stream.headers.get("content-encoding")).toBeNull();
    // The comment is written before anything else, so the response starts at once.
    await stream.waitForComment((text) => text === "connected", 3_000);
    await stream.waitFor((event) => event.name === "counts", 3_000, "counts");
    expect(stream.comments[0]!.text).toBe("connected");
    expect(stream.comments[0]!.at).toBeLessThanOrEqual(stream.events[0]!.at);
    expect(stream.events[0]).toEqual({ name: "counts", data: { incoming_requests: 0, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 }, at: expect.any(Number) });
  });

  it("GET /api/v1/events – works with the browser's session cookie too", async () => {
    const me = await createUser("Cookie Streamer");
    const cookie = await signInWithCookie(me.email, me.password);
    const stream = await streamFor({ cookie });
    expect(stream.status).toBe(200);
    await stream.waitFor((event) => event.name === "counts", 2_000, "counts");
  });

  it("GET /api/v1/events – every event type reaches exactly the people concerned within 1 s, ids only", async () => {
    const [alice, bob, carol, dave] = [await createUser("Ev Alice"), await createUser("Ev Bob"), await createUser("Ev Carol"), await createUser("Ev Dave")];
    await makeFriends(alice, bob);
    const [sa, sb, sc, sd] = [await streamFor(alice), await streamFor(bob), await streamFor(carol), await streamFor(dave)];
    for (const stream of [sa, sb, sc, sd]) await stream.waitFor((event) => event.name === "counts", 2_000, "initial counts");

    // message.created: both people of the conversation, each told the other's id.
    const [sent, sentAt] = await timed(() => api(`/api/v1/chats/${bob.id}/messages`, { method: "POST", token: alice.token, body: { text: "secret words" } }));
    expect(sent.status).toBe(201);
    await arrives(sb, "message.created", { friend_id: alice.id, message_id: sent.body.id }, sentAt);
    await arrives(sa, "message.created", { friend_id: bob.id, message_id: sent.body.id }, sentAt);
    // counts: Bob now has an unread chat.
    await arrives(sb, "counts", { incoming_requests: 0, unread_chats: 1, unread_messages: 1, waiting_sessions: 0 }, sentAt);

    // session.updated: created, then started.
    const [created, createdAt] = await timed(() => api("/api/v1/sessions/create/", { method: "POST", token: alice.token, body: { participant_id: bob.id } }));
    await arrives(sa, "session.updated", { session_id: created.body.id }, createdAt);
    await arrives(sb, "session.updated", { session_id: created.body.id }, createdAt);
    sb.events.length = 0;
    const [, startedAt] = await timed(() => api(`/api/v1/sessions/${created.body.id}/start/`, { method: "POST", token: alice.token }));
    await arrives(sb, "session.updated", { session_id: created.body.id }, startedAt);
    await arrives(sb, "counts", { incoming_requests: 0, unread_chats: 1, unread_messages: 2, waiting_sessions: 1 }, startedAt);

    // friend_request.updated: sender and recipient; then friendship.updated on accept.
    const [asked, askedAt] = await timed(() => api("/api/v1/friends/requests", { method: "POST", token: carol.token, body: { user_id: alice.id } }));
    await arrives(sa, "friend_request.updated", { request_id: asked.body.id }, askedAt);
    await arrives(sc, "friend_request.updated", { request_id: asked.body.id }, askedAt);
    await arrives(sa, "counts", { incoming_requests: 1, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 }, askedAt);
    const [, acceptedAt] = await timed(() => api(`/api/v1/friends/requests/${asked.body.id}/accept`, { method: "POST", token: alice.token }));
    await arrives(sa, "friendship.updated", { user_id: carol.id }, acceptedAt);
    await arrives(sc, "friendship.updated", { user_id: alice.id }, acceptedAt);
    await arrives(sa, "counts", { incoming_requests: 0, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 }, acceptedAt);

    // Reading moves Bob's counts down (the session card after the message is unread too).
    const messages = (await api(`/api/v1/chats/${alice.id}/messages`, { token: bob.token })).body;
    const [, readAt] = await timed(() => api(`/api/v1/chats/${alice.id}/read`, { method: "POST", token: bob.token, body: { message_id: messages.at(-1).id } }));
    await arrives(sb, "counts", { incoming_requests: 0, unread_chats: 0, unread_messages: 0, waiting_sessions: 1 }, readAt);

    // Only the people concerned: Dave heard nothing but his own counts, Carol nothing of Alice and Bob's.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const news = (stream: EventStream) => stream.events.filter((event) => event.name !== "counts" && event.name !== "resync").map((event) => JSON.stringify([event.name, event.data]));
    expect(news(sd)).toEqual([]);
    // The request was created and then accepted (two updates), and the friendship began.
    expect(news(sc).sort()).toEqual(
      [
        ["friend_request.updated", { request_id: asked.body.id }],
        ["friend_request.updated", { request_id: asked.body.id }],
        ["friendship.updated", { user_id: alice.id }],
      ]
        .map((entry) => JSON.stringify(entry))
        .sort(),
    );
    // No content anywhere: not the message text, names, or meeting links.
    const everything = JSON.stringify([sa, sb, sc, sd].map((stream) => stream.events));
    for (const secret of ["secret words", "Ev Alice", "Ev Bob", "http"]) expect(everything).not.toContain(secret);
  });

  it("GET /api/v1/events – at most 10 open streams per user: the 11th is 429 with Retry-After; closing one makes room", async () => {
    const me = await createUser("Many Tabs");
    const streams: EventStream[] = [];
    for (let index = 0; index < 10; index++) {
      const stream = await streamFor(me);
      expect(stream.status).toBe(200);
      streams.push(stream);
    }
    const refused = await openEventStream({ token: me.token });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(/10 live-update streams open.*try again in \d+ seconds/) } });
    // Someone else is not affected.
    expect((await streamFor(await createUser("Other Tab"))).status).toBe(200);

    streams[0]!.close();
    const deadline = Date.now() + 5_000;
    let again = await openEventStream({ token: me.token });
    while (again.status === 429 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await openEventStream({ token: me.token });
    }
    open.push(again);
    expect(again.status).toBe(200);
  });

  it("GET /api/v1/events – parallel opens cannot get past the limit", async () => {
    const me = await createUser("Burst Tabs");
    const streams = await Promise.all(Array.from({ length: 16 }, () => streamFor(me)));
    expect(streams.filter((stream) => stream.status === 200)).toHaveLength(10);
    expect(streams.filter((stream) => stream.status === 429)).toHaveLength(6);
  });

  it("GET /api/v1/events – sign-out-everywhere ends every open stream of the user (bearer and cookie) within 1 s; others stay open", async () => {
    const me = await createUser("Signed Out Streamer");
    const other = await createUser("Still Streaming");
    const cookie = await signInWithCookie(me.email, me.password);
    const byToken = await streamFor(me);
    const byCookie = await streamFor({ cookie });
    const someoneElse = await streamFor(other);
    for (const stream of [byToken, byCookie, someoneElse]) await stream.waitFor((event) => event.name === "counts", 3_000, "counts");

    const [response, doneAt] = await timed(() => api("/api/v1/auth/sign-out-everywhere", { method: "POST", token: me.token }));
    expect(response.status).toBe(204);
    await Promise.all([byToken.ended, byCookie.ended]);
    expect(Date.now() - doneAt).toBeLessThan(1_000);
    expect(someoneElse.isEnded()).toBe(false);
    // The revoked credentials cannot open a new one.
    expect((await openEventStream({ token: me.token })).status).toBe(401);
    expect((await openEventStream({ cookie })).status).toBe(401);
  });

  it("GET /api/v1/events – a stream ends when its bearer token expires", async () => {
    const me = await createUser("Expiring Streamer");
    // A token like the app's own, valid for 3 more seconds (the app issues them for at least a minute).
    const shortLived = await signAppToken({ userId: me.id, claims: { ver: 0 }, expiresIn: "3s" });
    const expiring = await streamFor({ token: shortLived });
    const lasting = await streamFor(me);
    expect(expiring.status).toBe(200);
    await expiring.waitFor((event) => event.name === "counts", 3_000, "counts");
    const openedAt = Date.now();
    await expiring.ended;
    expect(Date.now() - openedAt).toBeLessThan(5_000);
    expect(lasting.isEnded()).toBe(false);
    expect((await openEventStream({ token: shortLived })).status).toBe(401);
  });

  it("POST /api/v1/events – 405", async () => {
    const me = await createUser("Poster");
    const response = await api("/api/v1/events", { method: "POST", token: me.token, body: {} });
    expect(response.status).toBe(405);
    expect(response.body.error.code).toBe("method_not_allowed");
  });
});
