// Read markers, unread counts and "Load earlier" paging (README, API).
import { describe, expect, it } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "../support/api-client";

function send(from: TestUser, to: { id: number }, text: string) {
  return api(`/api/v1/chats/${to.id}/messages`, { method: "POST", token: from.token, body: { text } });
}

function markRead(reader: TestUser, friend: { id: number }, body: unknown) {
  return api(`/api/v1/chats/${friend.id}/read`, { method: "POST", token: reader.token, body });
}

async function unreadFrom(reader: TestUser, friend: { id: number }): Promise<number> {
  const chats = await api("/api/v1/chats", { token: reader.token });
  return chats.body.find((chat: { friend: { id: number } }) => chat.friend.id === friend.id).unread_count;
}

async function counts(user: TestUser) {
  const response = await api("/api/v1/users/me/counts", { token: user.token });
  expect(response.status).toBe(200);
  return response.body;
}

async function friends(nameA: string, nameB: string): Promise<[TestUser, TestUser]> {
  const a = await createUser(nameA);
  const b = await createUser(nameB);
  await makeFriends(a, b);
  return [a, b];
}

describe("POST /api/v1/chats/:friend_id/read", () => {
  it("POST /api/v1/chats/:friend_id/read – 204; the friend's later messages count as unread, the marker never moves back", async () => {
    const [a, b] = await friends("Reader A", "Writer B");
    const first = (await send(b, a, "one")).body;
    const second = (await send(b, a, "two")).body;
    await send(a, b, "my own reply is never unread to me");
    const third = (await send(b, a, "three")).body;
    expect(await unreadFrom(a, b)).toBe(3);
    expect(await unreadFrom(b, a)).toBe(1);

    const marked = await markRead(a, b, { message_id: second.id });
    expect(marked.status).toBe(204);
    expect(marked.text).toBe("");
    expect(await unreadFrom(a, b)).toBe(1);
    // Older than the marker: accepted, nothing changes.
    expect((await markRead(a, b, { message_id: first.id })).status).toBe(204);
    expect(await unreadFrom(a, b)).toBe(1);
    expect((await markRead(a, b, { message_id: third.id })).status).toBe(204);
    expect(await unreadFrom(a, b)).toBe(0);
    // The friend's own marker is separate.
    expect(await unreadFrom(b, a)).toBe(1);
  });

  it("POST /api/v1/chats/:friend_id/read – session cards from the friend count, and the header counts follow", async () => {
    const [a, b] = await friends("Starter A", "Invitee B");
    expect(await counts(b)).toEqual({ incoming_requests: 0, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 });
    const created = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
    await api(`/api/v1/sessions/${created.body.id}/start/`, { method: "POST", token: a.token });
    expect(await unreadFrom(b, a)).toBe(1);
    expect(await counts(b)).toEqual({ incoming_requests: 0, unread_chats: 1, unread_messages: 1, waiting_sessions: 1 });
    // The starter waits for B: nothing waits for A, and A's own card is not unread to A.
    expect(await counts(a)).toEqual({ incoming_requests: 0, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 });

    const messages = (await api(`/api/v1/chats/${a.id}/messages`, { token: b.token })).body;
    expect((await markRead(b, a, { message_id: messages.at(-1).id })).status).toBe(204);
    expect(await counts(b)).toEqual({ incoming_requests: 0, unread_chats: 0, unread_messages: 0, waiting_sessions: 1 });
    // B marks ready: now the session waits for A (to join), and no longer for B.
    await api(`/api/v1/sessions/${created.body.id}/ready/`, { method: "POST", token: b.token });
    expect((await counts(b)).waiting_sessions).toBe(0);
    expect((await counts(a)).waiting_sessions).toBe(1);
  });

  it("GET /api/v1/users/me/counts – incoming friend requests, unread chats and unread messages", async () => {
    const me = await createUser("Counted");
    const [x, y] = [await createUser("Asker X"), await createUser("Asker Y")];
    await api("/api/v1/friends/requests", { method: "POST", token: x.token, body: { user_id: me.id } });
    await api("/api/v1/friends/requests", { method: "POST", token: me.token, body: { user_id: y.id } });
    expect(await counts(me)).toEqual({ incoming_requests: 1, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 });
    const friend = await createUser("Chatty");
    await makeFriends(me, friend);
    await send(friend, me, "1");
    await send(friend, me, "2");
    expect(await counts(me)).toEqual({ incoming_requests: 1, unread_chats: 1, unread_messages: 2, waiting_sessions: 0 });
    // An unfriended person's messages no longer count.
    await api(`/api/v1/friends/${friend.id}`, { method: "DELETE", token: me.token });
    expect(await counts(me)).toEqual({ incoming_requests: 1, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 });
    expect((await api("/api/v1/users/me/counts")).status).toBe(401);
  });

  it.each([
    ["a missing message_id", {}, { message_id: "Required" }],
    ["a string", { message_id: "5" }, { message_id: "Expected a message id" }],
    ["zero", { message_id: 0 }, { message_id: "Expected a message id" }],
    ["a fraction", { message_id: 1.5 }, { message_id: "Expected a message id" }],
    ["an unknown field", { message_id: 1, all: true }, { all: "Unknown field" }],
  ])("POST /api/v1/chats/:friend_id/read – 400 for %s", async (_label, body, fields) => {
    const [a, b] = await friends("Bad Read A", "Bad Read B");
    await send(b, a, "unread");
    const response = await markRead(a, b, body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
    expect(await unreadFrom(a, b)).toBe(1);
  });

  it("POST /api/v1/chats/:friend_id/read – 400 for a message of another conversation (or none yet), 403 not_friends, also for an unknown user (README, Browser security and privacy)", async () => {
    const [a, b] = await friends("Marker A", "Marker B");
    const c = await createUser("Marker C");
    await makeFriends(a, c);
    const elsewhere = (await send(c, a, "other conversation")).body;
    const noMessage = { error: { code: "validation_failed", message: "The request body is invalid.", fields: { message_id: "No such message in this conversation" } } };
    const none = await markRead(a, b, { message_id: elsewhere.id });
    expect(none.status).toBe(400);
    expect(none.body).toEqual(noMessage);
    await send(b, a, "hi");
    expect((await markRead(a, b, { message_id: elsewhere.id })).body).toEqual(noMessage);
    expect(await unreadFrom(a, c)).toBe(1);

    const stranger = await createUser("Marker Stranger");
    const forbidden = await markRead(stranger, b, { message_id: elsewhere.id });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({ error: { code: "not_friends", message: "You can only chat with your friends." } });
    // An unknown id is answered exactly as a stranger is: the chat paths tell no one who exists.
    const unknown = await markRead(a, { id: 2_000_000_000 }, { message_id: 1 });
    expect(unknown.status).toBe(403);
    expect(unknown.body).toEqual(forbidden.body);
    expect((await api(`/api/v1/chats/${b.id}/read`, { token: a.token })).status).toBe(405);
    expect((await api(`/api/v1/chats/${b.id}/read`, { method: "POST", body: { message_id: 1 } })).status).toBe(401);
  });
});

describe("GET /api/v1/chats/:friend_id/messages?before=", () => {
  it("GET /api/v1/chats/:friend_id/messages?before= – pages back through the whole history with no gaps or duplicates", async () => {
    const [a, b] = await friends("Pager A", "Pager B");
    const ids: number[] = [];
    // Sent ten at a time (the order of ids is the order of the conversation).
    for (let start = 0; start < 210; start += 10) {
      const batch = Array.from({ length: 10 }, (_, offset) => start + offset);
      const sent = await Promise.all(batch.map((index) => send(index % 2 ? b : a, index % 2 ? a : b, `m${index}`)));
      ids.push(...sent.map((response) => response.body.id as number));
    }
    ids.sort((x, y) => x - y);
    const seen: number[] = [];
    let page = (await api(`/api/v1/chats/${b.id}/messages`, { token: a.token })).body as { id: number }[];
    const sizes: number[] = [];
    while (page.length > 0) {
      sizes.push(page.length);
      const pageIds = page.map((message) => message.id);
      expect(pageIds).toEqual([...pageIds].sort((x, y) => x - y));
      seen.unshift(...pageIds);
      page = (await api(`/api/v1/chats/${b.id}/messages?before=${pageIds[0]}`, { token: a.token })).body;
    }
    expect(sizes).toEqual([100, 100, 10]);
    expect(seen).toEqual(ids);
    // `before` a message id of the middle: the 100 just older, ascending.
    const middle = (await api(`/api/v1/chats/${a.id}/messages?before=${ids[150]}`, { token: b.token })).body.map((message: { id: number }) => message.id);
    expect(middle).toEqual(ids.slice(50, 150));
    expect((await api(`/api/v1/chats/${b.id}/messages?before=${ids[0]}`, { token: a.token })).body).toEqual([]);
  }, 120_000);
});
