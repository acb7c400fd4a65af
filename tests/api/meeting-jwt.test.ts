// README, The gate, enforced by the provider: with Jitsi JWT configured (self-hosted HS256,
// or 8x8 JaaS RS256), redeeming a join token mints a token for the redeemer only. Each
// token is verified here with jose as the Jitsi server would: signature, iss/aud/sub/room,
// the nbf/exp window, the user claims, and no email. Before the gate opens, and for a
// session that is over, no response carries a JWT or the room's address.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeProtectedHeader, importSPKI, jwtVerify, type JWTPayload } from "jose";
import type { TestUser } from "../support/api-client";
import { gateServer } from "../support/gate-server";
import { signJaasPayload } from "@/lib/jaas-webhooks/verify-signature";
import { api } from "../support/api-client";

const SELF_HOSTED = { JITSI_BASE_URL: "https://meet.pairline.example", JITSI_JWT_APP_ID: "pairline-test-app", JITSI_JWT_SECRET: "self-hosted-jitsi-secret-0123456789abcdef", MEETING_JWT_TTL_SECONDS: "120" };
const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
const JAAS_APP_ID = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef";
const JAAS = {
  JAAS_APP_ID,
  JAAS_KEY_ID: `${JAAS_APP_ID}/4f4910`,
  // One line with literal "\n", as operators often paste it.
  JAAS_PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString().replaceAll("\n", "\\n"),
  JAAS_WEBHOOK_SECRET: "jaas-webhook-secret-for-tests",
};

type Mode = {
  label: string;
  env: Record<string, string>;
  roomBase: string;
  verify: (token: string) => Promise<JWTPayload>;
  expected: { iss: string; aud: string; sub: string };
  ttl: number;
};

const modes: Mode[] = [
  {
    label: "self-hosted Jitsi (HS256)",
    env: SELF_HOSTED,
    roomBase: SELF_HOSTED.JITSI_BASE_URL,
    // Prosody's token_verification: HS256 with the app secret, iss and aud the app id.
    verify: async (token) =>
      (await jwtVerify(token, new TextEncoder().encode(SELF_HOSTED.JITSI_JWT_SECRET), { algorithms: ["HS256"], issuer: SELF_HOSTED.JITSI_JWT_APP_ID, audience: SELF_HOSTED.JITSI_JWT_APP_ID })).payload,
    expected: { iss: SELF_HOSTED.JITSI_JWT_APP_ID, aud: SELF_HOSTED.JITSI_JWT_APP_ID, sub: "meet.pairline.example" },
    ttl: 120,
  },
  {
    label: "8x8 JaaS (RS256)",
    env: JAAS,
    roomBase: `https://8x8.vc/${JAAS_APP_ID}`,
    verify: async (token) => {
      expect(decodeProtectedHeader(token)).toMatchObject({ alg: "RS256", kid: JAAS.JAAS_KEY_ID });
      const key = await importSPKI(publicKey.export({ type: "spki", format: "pem" }).toString(), "RS256");
      return (await jwtVerify(token, key, { algorithms: ["RS256"], issuer: "chat", audience: "jitsi" })).payload;
    },
    expected: { iss: "chat", aud: "jitsi", sub: JAAS_APP_ID },
    ttl: 300,
  },
];

const JWT_LIKE = /eyJ[A-Za-z0-9_-]+\.eyJ/;

describe.each(modes)("Jitsi JWT – $label", (mode) => {
  const server = gateServer(`jitsi-jwt-${mode.expected.iss}`, () => mode.env);

  async function checkToken(joinUrl: string, room: string, user: TestUser) {
    const prefix = `${mode.roomBase}/${room}?jwt=`;
    expect(joinUrl.startsWith(prefix), joinUrl).toBe(true);
    const token = joinUrl.slice(prefix.length);
    const payload = await mode.verify(token);
    const now = Math.floor(Date.now() / 1000);
    expect(payload).toMatchObject({ ...mode.expected, room });
    expect(room).toBe(room.toLowerCase());
    expect(payload.nbf).toBeGreaterThanOrEqual(now - 10 - 5);
    expect(payload.nbf).toBeLessThanOrEqual(now - 10 + 1);
    expect(payload.exp! - payload.nbf!).toBe(mode.ttl + 10);
    const expectedUser = { id: String(user.id), name: user.name, ...(mode.expected.iss === "chat" ? { moderator: "true" } : {}) };
    expect(payload.context).toEqual({ user: expectedUser });
    expect(JSON.stringify(payload)).not.toMatch(/email|@example\.test/);
    // A wrong key or a changed claim does not verify.
    const [header, body, signature] = token.split(".");
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...payload, room: "*" })).toString("base64url")}.${signature}`;
    await expect(mode.verify(forged)).rejects.toThrow();
    expect(body).toBeTruthy();
    return token;
  }

  it("POST /api/v1/sessions/join-token/validate – each friend gets their own token, only once the gate opens", async () => {
    const [a, b] = await server.pair("Jay Alice", "Jay Bob");
    const seen: string[] = [];
    const record = <T extends { text: string }>(response: T) => (seen.push(response.text), response);

    const session = await server.createSession(a, b);
    const started = record(await server.post(`/api/v1/sessions/${session.id}/start/`, a));
    expect(started.status, started.text).toBe(200);
    expect(started.body).toMatchObject({ status: "active", video_provider: "jitsi", zoom_meeting_url: null, can_join: false });
    for (const user of [a, b]) {
      record(await server.call(`/api/v1/sessions/${session.id}/`, user));
      record(await server.call(`/api/v1/sessions/${session.id}/join-eligibility/`, user));
      const refused = record(await server.post(`/api/v1/sessions/${session.id}/join-token/`, user));
      expect(refused.status).toBe(403);
    }
    // Before the gate opens: no JWT, no room address, anywhere.
    for (const text of seen) {
      expect(text).not.toMatch(JWT_LIKE);
      expect(text).not.toContain(mode.roomBase);
    }

    // B ready: A (who started) may join.
    expect((await server.post(`/api/v1/sessions/${session.id}/ready/`, b)).status).toBe(200);
    const aJoined = await server.redeem(session.id, a);
    expect(aJoined.status, aJoined.text).toBe(200);
    const room = aJoined.body.meeting.meeting_id as string;
    expect(aJoined.body.meeting.provider).toBe("jitsi");
    const aToken = await checkToken(aJoined.body.meeting.join_url, room, a);
    // The session object names the room, never a token.
    expect(aJoined.body.session.zoom_meeting_url).toBe(`${mode.roomBase}/${room}`);

    // A is now ready (joining marks ready), so B may join, with B's own token.
    const bJoined = await server.redeem(session.id, b);
    expect(bJoined.status, bJoined.text).toBe(200);
    const bToken = await checkToken(bJoined.body.meeting.join_url, room, b);
    expect(bToken).not.toBe(aToken);

    // A token issued before the end is useless after it.
    const pendingToken = await server.post(`/api/v1/sessions/${session.id}/join-token/`, a);
    expect(pendingToken.status).toBe(201);
    expect((await server.post(`/api/v1/sessions/${session.id}/end/`, a)).status).toBe(200);
    const afterEnd = await server.post("/api/v1/sessions/join-token/validate/", a, { token: pendingToken.body.token });
    expect(afterEnd.status).toBe(409);
    expect(afterEnd.text).not.toMatch(JWT_LIKE);
    const noNewToken = await server.post(`/api/v1/sessions/${session.id}/join-token/`, a);
    expect(noNewToken.status).toBe(409);
    for (const user of [a, b]) {
      const after = await server.call(`/api/v1/sessions/${session.id}/`, user);
      expect(after.text).not.toMatch(JWT_LIKE);
      expect(after.text).not.toContain(mode.roomBase);
    }
  });

  it("POST /api/v1/sessions/join-token/validate – a cancelled session gives no token", async () => {
    const [a, b] = await server.pair("Cy Alice", "Cy Bob");
    const session = await server.createSession(a, b);
    expect((await server.post(`/api/v1/sessions/${session.id}/start/`, a)).status).toBe(200);
    expect((await server.post(`/api/v1/sessions/${session.id}/ready/`, b)).status).toBe(200);
    const issued = await server.post(`/api/v1/sessions/${session.id}/join-token/`, a);
    expect(issued.status).toBe(201);
    expect((await server.post(`/api/v1/sessions/${session.id}/cancel/`, b)).status).toBe(200);
    const refused = await server.post("/api/v1/sessions/join-token/validate/", a, { token: issued.body.token });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("session_not_active");
    expect(refused.text).not.toMatch(JWT_LIKE);
    expect(refused.text).not.toContain(mode.roomBase);
  });

  if (mode.expected.iss === "chat") {
    it("POST /api/v1/webhooks/jaas – verified deliveries record who is in the room; forged ones change nothing", async () => {
      const [a, b] = await server.pair("Web Alice", "Web Bob");
      const session = await server.createSession(a, b);
      await server.post(`/api/v1/sessions/${session.id}/start/`, a);
      await server.post(`/api/v1/sessions/${session.id}/ready/`, b);
      const joined = await server.redeem(session.id, a);
      const room = joined.body.meeting.meeting_id as string;
      const send = (body: unknown, { secret = JAAS.JAAS_WEBHOOK_SECRET, t = String(Math.floor(Date.now() / 1000)) } = {}) => {
        const rawBody = JSON.stringify(body);
        return api("/api/v1/webhooks/jaas", { method: "POST", rawBody, contentType: "application/json", headers: { "x-jaas-signature": `t=${t},v1=${signJaasPayload({ secret, timestamp: t, rawBody })}` }, baseUrl: server.base() });
      };
      const event = (eventType: string, data: Record<string, unknown> = {}) => ({
        idempotencyKey: crypto.randomUUID(),
        customerId: "0123456789abcdef0123456789abcdef",
        appId: JAAS_APP_ID,
        eventType,
        sessionId: crypto.randomUUID(),
        timestamp: Date.now(),
        fqn: `${JAAS_APP_ID}/${room}`,
        data,
      });
      const inMeeting = async () => (await server.call(`/api/v1/sessions/${session.id}/join-eligibility/`, b)).body.in_meeting;
      // JaaS with its webhooks reports who is in the room (lib/video/meeting-source.ts), so pages say "in the meeting".
      expect((await server.call(`/api/v1/sessions/${session.id}/`, b)).body.presence_reported).toBe(true);

      // The token redemption already says A joined; JaaS now reports B (display name unknown to us, id from the JWT).
      const bJoins = event("PARTICIPANT_JOINED", { id: String(b.id), name: "Laptop", moderator: "true" });
      expect((await send(bJoins)).body).toEqual({ received: true, outcome: "recorded" });
      expect((await send(bJoins)).body).toEqual({ received: true, outcome: "duplicate" });
      expect(await inMeeting()).toEqual([a.id, b.id].sort((x, y) => x - y));

      // Forged, stale, or for another app's room: nothing changes.
      expect((await send(event("PARTICIPANT_LEFT", { id: String(b.id) }), { secret: "wrong" })).status).toBe(401);
      expect((await send(event("PARTICIPANT_LEFT", { id: String(b.id) }), { t: String(Math.floor(Date.now() / 1000) - 600) })).status).toBe(401);
      expect((await send({ ...event("PARTICIPANT_LEFT", { id: String(b.id) }), fqn: `vpaas-magic-cookie-other/${room}` })).body.outcome).toBe("ignored");
      expect(await inMeeting()).toHaveLength(2);

      expect((await send(event("PARTICIPANT_LEFT", { id: String(b.id), name: "Laptop" }))).body.outcome).toBe("recorded");
      expect(await inMeeting()).toEqual([a.id]);
      expect((await send(event("ROOM_DESTROYED", { conference: `${room}@conference.${JAAS_APP_ID}.8x8.vc` }))).body.outcome).toBe("recorded");
      expect(await inMeeting()).toEqual([]);
      const trail = (await server.call(`/api/v1/sessions/${session.id}/audit-logs/`, a)).body as { event_type: string; user: { id: number } | null; metadata: any }[];
      expect(trail.filter((entry) => entry.metadata?.via === "jaas_webhook").map((entry) => [entry.event_type, entry.user?.id])).toEqual([
        ["joined", b.id],
        ["left", b.id],
        ["left", a.id],
      ]);
    });
  }
});
