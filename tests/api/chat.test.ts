import { describe, expect, it } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "../support/api-client";

const ISO = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const notFriends = { error: { code: "not_friends", message: "You can only chat with your friends." } };

function send(from: TestUser, to: { id: number }, text: string) {
  return api(`/api/v1/chats/${to.id}/messages`, { method: "POST", token: from.token, body: { text } });
}

function read(reader: TestUser, other: { id: number }, query = "") {
  return api(`/api/v1/chats/${other.id}/messages${query}`, { token: reader.token });
}

async function friends(nameA = "Chat A", nameB = "Chat B"): Promise<[TestUser, TestUser]> {
  const a = await createUser(nameA);
  const b = await createUser(nameB);
  await makeFriends(a, b);
  return [a, b];
}

describe("POST /api/v1/chats/:friend_id/messages", () => {
  it("POST /api/v1/chats/:friend_id/messages – 201 with the message; both friends read it", async () => {
    const [a, b] = await friends();
    const response = await send(a, b, "Hello there");
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(Number), sender: { id: a.id, name: a.name }, kind: "text", text: "Hello there", session_id: null, created_at: ISO });
    expect((await read(a, b)).body).toEqual([response.body]);
    expect((await read(b, a)).body).toEqual([response.body]);
  });

  it("POST /api/v1/chats/:friend_id/messages – text is trimmed, kept verbatim otherwise (markup included), 2000 characters allowed", async () => {
    const [a, b] = await friends();
    const markup = `  <script>alert("x")</script> & <b>bold</b>\nsecond line\n\n`;
    const first = await send(a, b, markup);
    expect(first.status).toBe(201);
    expect(first.body.text).toBe(`<script>alert("x")</script> & <b>bold</b>\nsecond line`);
    const longest = await send(b, a, "é".repeat(2000));
    expect(longest.status).toBe(201);
    expect(longest.body.text).toHaveLength(2000);
  });

  it.each([
    ["a missing text", {}, { text: "Required" }],
    ["an empty text", { text: "" }, { text: "Must not be empty" }],
    ["a blank text", { text: "  \n\t " }, { text: "Must not be empty" }],
    ["a text over 2000 characters", { text: "x".repeat(2001) }, { text: "At most 2000 characters" }],
    ["a number", { text: 42 }, { text: "Expected a string" }],
    ["null", { text: null }, { text: "Expected a string" }],
    ["an unknown field", { text: "hi", kind: "session_link" }, { kind: "Unknown field" }],
  ])("POST /api/v1/chats/:friend_id/messages – 400 for %s, and nothing is stored", async (_label, body, fields) => {
    const [a, b] = await friends();
    const response = await api(`/api/v1/chats/${b.id}/messages`, { method: "POST", token: a.token, body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
    expect((await read(a, b)).body).toEqual([]);
  });

  it("POST /api/v1/chats/:friend_id/messages – 400 for malformed JSON, 415 for plain text", async () => {
    const [a, b] = await friends();
    const malformed = await api(`/api/v1/chats/${b.id}/messages`, { method: "POST", token: a.token, rawBody: '{"text": "hi"', contentType: "application/json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: { code: "invalid_json", message: "The request body is not valid JSON." } });
    const plain = await api(`/api/v1/chats/${b.id}/messages`, { method: "POST", token: a.token, rawBody: "hi", contentType: "text/plain" });
    expect(plain.status).toBe(415);
    expect(plain.body).toEqual({ error: { code: "unsupported_media_type", message: "Send the body as application/json." } });
  });

  it("POST /api/v1/chats/:friend_id/messages – 403 not_friends for strangers and for yourself", async () => {
    const a = await createUser("Stranger A");
    const b = await createUser("Stranger B");
    await api("/api/v1/friends/requests", { method: "POST", token: a.token, body: { user_id: b.id } });
    for (const [from, to] of [[a, b], [b, a], [a, a]] as const) {
      const response = await send(from, to, "hi");
      expect(response.status).toBe(403);
      expect(response.body).toEqual(notFriends);
    }
  });

  it("POST /api/v1/chats/:friend_id/messages – an unknown user is the same 403 as a stranger (README, Browser security and privacy)", async () => {
    const me = await createUser("Lonely Writer");
    const response = await send(me, { id: 2_147_483_647 }, "anyone?");
    expect(response.status).toBe(403);
    expect(response.body).toEqual(notFriends);
  });
});

describe("GET /api/v1/chats/:friend_id/messages", () => {
  it("GET /api/v1/chats/:friend_id/messages – empty before the first message", async () => {
    const [a, b] = await friends();
    const response = await read(a, b);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
  });

  it("GET /api/v1/chats/:friend_id/messages – oldest first; ?after= returns only newer ones", async () => {
    const [a, b] = await friends();
    const sent = [];
    for (const [from, to, text] of [[a, b, "one"], [b, a, "two"], [a, b, "three"]] as const) sent.push((await send(from, to, text)).body);
    const all = await read(b, a);
    expect(all.body).toEqual(sent);
    expect((await read(b, a, `?after=${sent[0].id}`)).body).toEqual(sent.slice(1));
    expect((await read(a, b, `?after=${sent[2].id}`)).body).toEqual([]);
    expect((await read(a, b, "?after=0")).body).toEqual(sent);
  });

  it("GET /api/v1/chats/:friend_id/messages – at most 100: the latest 100 without after, the next 100 with it", async () => {
    const [a, b] = await friends();
    const ids: number[] = [];
    for (let index = 0; index < 105; index++) ids.push((await send(index % 2 ? b : a, index % 2 ? a : b, `message ${index}`)).body.id);
    const latest = await read(a, b);
    expect(latest.body.map((message: { id: number }) => message.id)).toEqual(ids.slice(5));
    const page = await read(a, b, `?after=${ids[0]}`);
    expect(page.body.map((message: { id: number }) => message.id)).toEqual(ids.slice(1, 101));
    const rest = await read(a, b, `?after=${ids[100]}`);
    expect(rest.body.map((message: { text: string }) => message.text)).toEqual(["message 101", "message 102", "message 103", "message 104"]);
  });

  it("GET /api/v1/chats/:friend_id/messages – messages of other conversations never leak in", async () => {
    const [a, b] = await friends();
    const c = await createUser("Chat C");
    await makeFriends(a, c);
    await send(a, c, "for C only");
    const mine = await send(a, b, "for B");
    expect((await read(b, a)).body).toEqual([mine.body]);
    expect((await read(b, a, "?after=0")).body).toEqual([mine.body]);
  });

  it.each([
    ["?after=abc", { after: "Expected a message id" }],
    ["?after=-1", { after: "Expected a message id" }],
    ["?after=1.5", { after: "Expected a message id" }],
    ["?after=99999999999", { after: "Expected a message id" }],
    ["?before=abc", { before: "Expected a message id" }],
    ["?after=1&before=5", { before: "Use either after or before, not both" }],
    ["?since=5", { since: "Unknown field" }],
  ])("GET /api/v1/chats/:friend_id/messages%s – 400", async (query, fields) => {
    const [a, b] = await friends();
    const response = await read(a, b, query);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The query string is invalid.", fields } });
  });

  it("GET /api/v1/chats/:friend_id/messages – 403 not_friends for a third person and for strangers", async () => {
    const [a, b] = await friends();
    await send(a, b, "private");
    const other = await createUser("Eavesdropper");
    for (const target of [a, b, other]) {
      const response = await read(other, target);
      expect(response.status).toBe(403);
      expect(response.body).toEqual(notFriends);
    }
  });

  it("GET /api/v1/chats/:friend_id/messages – an unknown user is the same 403 as a stranger (README, Browser security and privacy)", async () => {
    const me = await createUser("Lonely Reader");
    const response = await read(me, { id: 2_147_483_647 });
    expect(response.status).toBe(403);
    expect(response.body).toEqual(notFriends);
  });

  it("after an unfriend neither side can read or write; the history is back if they become friends again", async () => {
    const [a, b] = await friends();
    const kept = await send(a, b, "before the falling out");
    expect((await api(`/api/v1/friends/${a.id}`, { method: "DELETE", token: b.token })).status).toBe(204);
    for (const [reader, other] of [[a, b], [b, a]] as const) {
      expect((await read(reader, other)).status).toBe(403);
      expect((await read(reader, other)).body).toEqual(notFriends);
      const write = await send(reader, other, "still there?");
      expect(write.status).toBe(403);
      expect(write.body).toEqual(notFriends);
    }
    await makeFriends(b, a);
    expect((await read(b, a)).body).toEqual([kept.body]);
  });

  it("a started session appears in the conversation as a session_link message", async () => {
    const [a, b] = await friends("Linker A", "Linker B");
    await send(b, a, "call me");
    const created = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
    expect(created.status).toBe(201);
    const started = await api(`/api/v1/sessions/${created.body.id}/start/`, { method: "POST", token: a.token });
    expect(started.status).toBe(200);
    const messages = (await read(b, a)).body;
    const links = messages.filter((message: { kind: string }) => message.kind === "session_link");
    expect(links).toEqual([{ id: expect.any(Number), sender: { id: a.id, name: a.name }, kind: "session_link", text: expect.stringContaining(a.name), session_id: created.body.id, created_at: ISO }]);
    // The raw meeting URL never goes into chat.
    expect(JSON.stringify(messages)).not.toContain("http");
    const chats = await api("/api/v1/chats", { token: b.token });
    expect(chats.body[0]).toEqual({ friend: { id: a.id, name: a.name, email: a.email }, last_message: links[0], unread_count: 1 });
  });
});

describe("GET /api/v1/chats", () => {
  it("GET /api/v1/chats – empty without friends", async () => {
    const me = await createUser("No Chats");
    const response = await api("/api/v1/chats", { token: me.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
  });

  it("GET /api/v1/chats – one entry per friend, most recent first, friends without messages last (alphabetically)", async () => {
    const me = await createUser("Hub");
    const users: Record<string, TestUser> = {};
    for (const name of ["Quiet Zoe", "Quiet Adam", "Old Talk", "New Talk"]) {
      users[name] = await createUser(name);
      await makeFriends(me, users[name]!);
    }
    const stranger = await createUser("Ex Friend");
    await makeFriends(me, stranger);
    await send(stranger, me, "bye");
    await api(`/api/v1/friends/${stranger.id}`, { method: "DELETE", token: me.token });

    await send(me, users["Old Talk"]!, "first");
    const newer = await send(users["New Talk"]!, me, "second");
    const response = await api("/api/v1/chats", { token: me.token });
    expect(response.status).toBe(200);
    const entry = (user: TestUser, lastMessage: unknown, unread = 0) => ({ friend: { id: user.id, name: user.name, email: user.email }, last_message: lastMessage, unread_count: unread });
    const oldLast = (await read(me, users["Old Talk"]!)).body[0];
    expect(response.body).toEqual([
      entry(users["New Talk"]!, newer.body, 1),
      entry(users["Old Talk"]!, oldLast),
      entry(users["Quiet Adam"]!, null),
      entry(users["Quiet Zoe"]!, null),
    ]);

    // A new message moves its conversation to the top, for both people.
    const latest = await send(users["Old Talk"]!, me, "third");
    expect((await api("/api/v1/chats", { token: me.token })).body.slice(0, 2)).toEqual([entry(users["Old Talk"]!, latest.body, 1), entry(users["New Talk"]!, newer.body, 1)]);
    expect((await api("/api/v1/chats", { token: users["Old Talk"]!.token })).body).toEqual([entry(me, latest.body, 1)]);
  });
});

describe("Chat paths", () => {
  it.each([
    ["GET", "/api/v1/chats/1.5/messages"],
    ["POST", "/api/v1/chats/1.5/messages"],
    ["GET", "/api/v1/chats/abc/messages"],
    ["GET", "/api/v1/chats/0/messages"],
  ])("%s %s – JSON 404 for a non-numeric id", async (method, path) => {
    const me = await createUser("Bad Chat Id");
    const response = await api(path, { method, token: me.token, body: method === "POST" ? { text: "hi" } : undefined });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.body).toEqual({ error: { code: "not_found", message: "No such chat." } });
  });

  it("DELETE /api/v1/chats/:friend_id/messages – JSON 405 with Allow", async () => {
    const [a, b] = await friends();
    const response = await api(`/api/v1/chats/${b.id}/messages`, { method: "DELETE", token: a.token });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(response.body.error.code).toBe("method_not_allowed");
  });

  it("GET /v1/chats/:friend_id/messages/ – the /v1 alias works the same", async () => {
    const [a, b] = await friends();
    const sent = await api(`/v1/chats/${b.id}/messages/`, { method: "POST", token: a.token, body: { text: "slash" } });
    expect(sent.status).toBe(201);
    expect((await api(`/v1/chats/${a.id}/messages/?after=0`, { token: b.token })).body).toEqual([sent.body]);
  });

  it.each([
    ["GET", "/api/v1/chats"],
    ["GET", "/api/v1/chats/1/messages"],
    ["POST", "/api/v1/chats/1/messages"],
  ])("%s %s – 401 without credentials", async (method, path) => {
    const response = await api(path, { method, body: method === "POST" ? { text: "hi" } : undefined });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } });
  });
});
