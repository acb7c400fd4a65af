// README, Browser security and privacy: a user's email is shown only to that user, their friends, admins, and the
// recipient of a friend request they sent. Each rule is checked on the raw JSON, so an
// email in any field (or a new one) is caught.
import { describe, expect, it } from "vitest";
import { api, baseUrl, createUser, makeFriends, signInWithCookie, type TestUser } from "../support/api-client";
import { adminUser } from "../support/admin";

const sendRequest = (from: TestUser, to: { id: number }) => api("/api/v1/friends/requests", { method: "POST", token: from.token, body: { user_id: to.id } });
const search = (viewer: TestUser, q: string) => api(`/api/v1/users?q=${encodeURIComponent(q)}`, { token: viewer.token });
const tagged = (label: string) => `${label} p${Math.random().toString(36).slice(2, 9)}`;

describe("Email privacy (README, Browser security and privacy)", () => {
  it("GET /api/v1/users?q= – names match by substring; emails only by an exact match, and shown only to those allowed", async () => {
    const tag = tagged("Priv");
    const me = await createUser(`Me ${tag}`);
    const stranger = await createUser(`Stranger ${tag}`);
    const asked = await createUser(`Asked ${tag}`);
    const asker = await createUser(`Asker ${tag}`);
    const friend = await createUser(`Friend ${tag}`);
    expect((await sendRequest(me, asked)).status).toBe(201);
    expect((await sendRequest(asker, me)).status).toBe(201);
    await makeFriends(friend, me);

    const byName = await search(me, tag.split(" ")[1]!);
    expect(byName.status).toBe(200);
    expect(byName.body.map((user: { id: number }) => user.id).sort()).toEqual([stranger.id, asked.id, asker.id, friend.id].sort());
    // Friends and people who asked me: email. People I asked and strangers: none.
    expect(byName.text).toContain(friend.email);
    expect(byName.text).toContain(asker.email);
    expect(byName.text).not.toContain(stranger.email);
    expect(byName.text).not.toContain(asked.email);
    expect(byName.text).not.toContain(me.email); // never the caller

    // Part of an email finds nobody: harvesting by `q=ab` is over.
    const localPart = stranger.email.split("@")[0]!;
    const partial = await search(me, localPart);
    expect(partial.status).toBe(200);
    expect(partial.body).toEqual([]);
    expect((await search(me, "@example.test")).body).toEqual([]);

    // The exact address (any case) finds that one person, still without showing the email to a stranger.
    const exact = await search(me, stranger.email.toUpperCase());
    expect(exact.body).toEqual([{ id: stranger.id, name: stranger.name, friendship: "none", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 }]);
    expect(exact.text).not.toContain(stranger.email);
    expect((await search(me, me.email)).body).toEqual([]);
    // A friend found by email shows it.
    expect((await search(me, friend.email)).body).toEqual([{ id: friend.id, name: friend.name, email: friend.email, friendship: "friends", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 }]);
  });

  it("GET /api/v1/users?q= – an admin sees the emails", async () => {
    const tag = tagged("Adm");
    const someone = await createUser(`Someone ${tag}`);
    const admin = await adminUser();
    const response = await search(admin, tag.split(" ")[1]!);
    expect(response.body).toEqual([{ id: someone.id, name: someone.name, email: someone.email, friendship: "none", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 }]);
  });

  it("POST /api/v1/friends/requests – sending to any id reveals no email; a crossed request (now friends) does", async () => {
    const sender = await createUser("Priv Sender");
    const target = await createUser("Priv Target");
    const sent = await sendRequest(sender, target);
    expect(sent.status).toBe(201);
    expect(sent.body.to_user).toEqual({ id: target.id, name: target.name });
    expect(sent.text).not.toContain(target.email);

    // The recipient sees the sender's email; the sender's list still does not show the recipient's.
    const incoming = await api("/api/v1/friends/requests", { token: target.token });
    expect(incoming.body.incoming[0].from_user).toEqual({ id: sender.id, name: sender.name, email: sender.email });
    const outgoing = await api("/api/v1/friends/requests", { token: sender.token });
    expect(outgoing.body.outgoing[0].to_user).toEqual({ id: target.id, name: target.name });
    expect(outgoing.text).not.toContain(target.email);

    // Withdrawn and declined requests answer without the other's email too.
    expect((await api(`/api/v1/friends/requests/${sent.body.id}`, { method: "DELETE", token: sender.token })).status).toBe(204);
    const again = await sendRequest(sender, target);
    const declined = await api(`/api/v1/friends/requests/${again.body.id}/decline`, { method: "POST", token: target.token });
    expect(declined.status).toBe(200);
    expect(declined.body.from_user.email).toBe(sender.email); // the recipient may see the sender's

    // A crossed request makes two people friends: both emails are allowed from then on.
    const x = await createUser("Priv Cross X");
    const y = await createUser("Priv Cross Y");
    const first = await sendRequest(x, y);
    expect(first.text).not.toContain(y.email);
    const crossed = await sendRequest(y, x);
    expect(crossed.status).toBe(200);
    expect(crossed.body).toMatchObject({ status: "accepted", from_user: { email: x.email }, to_user: { email: y.email } });
  });

  it("chat paths – a stranger and an unknown id get the same 403, with no name", async () => {
    const me = await createUser("Priv Chatter");
    const stranger = await createUser("Priv Secretname");
    const unknownId = 2_000_000_000;
    const answers = [];
    for (const id of [stranger.id, unknownId]) {
      answers.push(await api(`/api/v1/chats/${id}/messages`, { token: me.token }));
      answers.push(await api(`/api/v1/chats/${id}/messages`, { method: "POST", token: me.token, body: { text: "hi" } }));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({ error: { code: "not_friends", message: "You can only chat with your friends." } });
      expect(answer.text).not.toContain("Secretname");
    }
    const chats = await api("/api/v1/chats", { token: me.token });
    expect(chats.body).toEqual([]);
  });

  it("/chat/{id} page – a stranger's and an unknown id's pages look the same and name no one", async () => {
    const me = await createUser("Priv Browser");
    const stranger = await createUser("Priv Hiddenname");
    const cookie = await signInWithCookie(me.email, me.password);
    const pages = await Promise.all(
      [stranger.id, 2_000_000_000].map(async (id) => {
        const response = await fetch(`${baseUrl()}/chat/${id}`, { headers: { cookie } });
        return { status: response.status, text: await response.text() };
      }),
    );
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.text).toContain("Not one of your friends");
      expect(page.text).not.toContain("Hiddenname");
      expect(page.text).not.toContain(stranger.email);
    }
  });

  it("sessions of people who are no longer friends show {id, name} only", async () => {
    const a = await createUser("Priv Former A");
    const b = await createUser("Priv Former B");
    await makeFriends(a, b);
    const created = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
    expect(created.status).toBe(201);
    expect((await api(`/api/v1/friends/${b.id}`, { method: "DELETE", token: a.token })).status).toBe(204);
    for (const response of [
      await api(`/api/v1/sessions/${created.body.id}/`, { token: a.token }),
      await api("/api/v1/sessions/", { token: a.token }),
      await api(`/api/v1/sessions/${created.body.id}/audit-logs/`, { token: a.token }),
      await api("/api/v1/chats", { token: a.token }),
      await api("/api/v1/friends", { token: a.token }),
    ]) {
      expect(response.status).toBe(200);
      expect(response.text).not.toContain(b.email);
    }
    const session = (await api(`/api/v1/sessions/${created.body.id}/`, { token: a.token })).body;
    expect(session.participant).toEqual({ id: b.id, name: b.name });
  });

  it("friends see each other's email; session objects never carry emails, even between friends", async () => {
    const a = await createUser("Priv Pal A");
    const b = await createUser("Priv Pal B");
    await makeFriends(a, b);
    const friends = await api("/api/v1/friends", { token: a.token });
    expect(friends.body).toEqual([{ user: { id: b.id, name: b.name, email: b.email }, since: expect.any(String), online: false, last_seen_at: null }]);
    const chats = await api("/api/v1/chats", { token: a.token });
    expect(chats.body[0].friend).toEqual({ id: b.id, name: b.name, email: b.email });
    const created = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
    expect(created.text).not.toContain(b.email);
    expect(created.text).not.toContain(a.email);
  });
});
