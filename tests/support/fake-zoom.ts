// A local stand-in for Zoom (OAuth + the few meeting endpoints Pairline calls), so tests
// exercise the real HTTP client without internet. It records every request and fails on
// demand. Unit tests drive it in-process; API tests run in worker processes while the fake
// lives in the globalSetup process, so the same controls are also served under /__fake/.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

type FakeZoomRoute = "token" | "create" | "status" | "delete" | "register" | "registrant_status";

export type RecordedRequest = {
  route: FakeZoomRoute | "unknown";
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  at: string;
};

type FailureRule = {
  route: FakeZoomRoute;
  /** Answer this status instead of the real one (omit to only delay). */
  status?: number;
  /** How many calls the rule applies to (default 1). */
  times?: number;
  /** Let this many matching calls through first (e.g. fail only the second registrant). */
  after?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Retry-After header value for a 429. */
  retryAfter?: string;
  /** A raw body to send instead of Zoom's JSON (e.g. malformed JSON with status 200). */
  rawBody?: string;
};

type FakeMeeting = { id: string; hostId: string; topic: string; status: "waiting" | "started" | "ended"; body: unknown; startTime: string };

/** A registrant as the fake keeps it (Zoom's shapes: POST /meetings/{id}/registrants). */
export type FakeRegistrant = { meetingId: string; registrantId: string; email: string; firstName: string; joinUrl: string; status: "approved" | "cancelled" };

type FakeZoomCredentials = { accountId: string; clientId: string; clientSecret: string };

/** The controls, identical in-process and over HTTP. */
interface FakeZoomControl {
  requests(route?: FakeZoomRoute): Promise<RecordedRequest[]>;
  meetings(): Promise<FakeMeeting[]>;
  /** Every registrant ever added, cancelled ones included (deleting a meeting keeps them here). */
  registrants(): Promise<FakeRegistrant[]>;
  fail(rule: FailureRule): Promise<void>;
  /** Every token issued so far answers 401 from now on (like a revoked or expired token). */
  revokeTokens(): Promise<void>;
  /** Forgets requests, meetings and failure rules; issued tokens stay valid. */
  reset(): Promise<void>;
}

export type FakeZoom = FakeZoomControl & {
  url: string;
  oauthUrl: string;
  apiBaseUrl: string;
  close(): Promise<void>;
};

export const FAKE_ZOOM_CREDENTIALS: FakeZoomCredentials = {
  accountId: "fake-account-1",
  clientId: "fake-client-id",
  clientSecret: "fake-client-secret-do-not-log",
};

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export async function startFakeZoom({
  credentials = FAKE_ZOOM_CREDENTIALS,
  tokenLifetimeSeconds = 3599,
}: { credentials?: FakeZoomCredentials; tokenLifetimeSeconds?: number } = {}): Promise<FakeZoom> {
  const tokens = new Map<string, { expiresAt: number; revoked: boolean }>();
  let meetings = new Map<string, FakeMeeting>();
  let registrants: FakeRegistrant[] = [];
  let requests: RecordedRequest[] = [];
  let rules: FailureRule[] = [];
  let nextMeetingId = 85_000_000_000 + crypto.randomInt(1_000_000);
  const sockets = new Set<import("node:net").Socket>();

  const control: FakeZoomControl = {
    requests: async (route) => structuredClone(route ? requests.filter((r) => r.route === route) : requests),
    meetings: async () => structuredClone([...meetings.values()]),
    registrants: async () => structuredClone(registrants),
    fail: async (rule) => void rules.push({ ...rule, times: rule.times ?? 1 }),
    revokeTokens: async () => {
      for (const token of tokens.values()) token.revoked = true;
    },
    reset: async () => {
      requests = [];
      meetings = new Map();
      registrants = [];
      rules = [];
    },
  };

  function takeRule(route: FakeZoomRoute): FailureRule | undefined {
    const rule = rules.find((candidate) => candidate.route === route && (candidate.times ?? 0) > 0);
    if (rule?.after) {
      rule.after -= 1;
      return undefined;
    }
    if (rule) rule.times = (rule.times ?? 1) - 1;
    rules = rules.filter((candidate) => (candidate.times ?? 0) > 0);
    return rule;
  }

  function bearerIsValid(headers: http.IncomingHttpHeaders): boolean {
    const match = /^Bearer (.+)$/.exec(headers.authorization ?? "");
    const token = match ? tokens.get(match[1]!) : undefined;
    return Boolean(token && !token.revoked && token.expiresAt > Date.now());
  }

  function issueToken(query: URLSearchParams, headers: http.IncomingHttpHeaders): Reply {
    const expected = `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64")}`;
    if (headers.authorization !== expected) return { status: 401, body: { reason: "Invalid client_id or client_secret", error: "invalid_client" } };
    if (query.get("grant_type") !== "account_credentials") return { status: 400, body: { reason: "Unsupported grant type", error: "unsupported_grant_type" } };
    if (query.get("account_id") !== credentials.accountId) return { status: 400, body: { reason: "Invalid account_id", error: "invalid_request" } };
    const accessToken = crypto.randomBytes(24).toString("base64url");
    tokens.set(accessToken, { expiresAt: Date.now() + tokenLifetimeSeconds * 1000, revoked: false });
    return {
      status: 200,
      body: { access_token: accessToken, token_type: "bearer", expires_in: tokenLifetimeSeconds, scope: "meeting:write:meeting:admin meeting:update:meeting:admin meeting:delete:meeting:admin", api_url: "https://api.zoom.us" },
    };
  }

  function createMeeting(userId: string, body: unknown): Reply {
    const input = (body ?? {}) as { topic?: unknown; type?: unknown; password?: unknown; start_time?: unknown; duration?: unknown; timezone?: unknown; settings?: unknown };
    if (typeof input.topic !== "string" || input.type !== 2) return { status: 400, body: { code: 300, message: "Validation Failed." } };
    const id = String(nextMeetingId++);
    const password = typeof input.password === "string" ? input.password : "";
    const startTime = typeof input.start_time === "string" ? input.start_time : new Date().toISOString();
    const meeting: FakeMeeting = { id, hostId: userId, topic: input.topic, status: "waiting", body, startTime };
    meetings.set(id, meeting);
    const pwd = crypto.randomBytes(16).toString("base64url");
    return {
      status: 201,
      body: {
        uuid: crypto.randomBytes(16).toString("base64"),
        id: Number(id),
        host_id: "fakeHostId123",
        host_email: "host@example.test",
        topic: input.topic,
        type: 2,
        status: "waiting",
        start_time: input.start_time ?? new Date().toISOString(),
        duration: input.duration ?? 60,
        timezone: input.timezone ?? "UTC",
        created_at: new Date().toISOString(),
        start_url: `https://zoom.example.test/s/${id}?zak=SECRET-HOST-KEY-${crypto.randomBytes(8).toString("hex")}`,
        join_url: `https://zoom.example.test/j/${id}?pwd=${pwd}`,
        password,
        h323_password: password.replace(/\D/g, ""),
        encrypted_password: pwd,
        settings: { ...(input.settings as object), host_video: false, participant_video: true },
        pre_schedule: false,
      },
    };
  }

  /** Zoom: registration must be on (approval_type 0 or 1); the same address at most 3 times a day per meeting. */
  function addRegistrant(meeting: FakeMeeting, body: unknown): Reply {
    const input = (body ?? {}) as { email?: unknown; first_name?: unknown };
    const settings = ((meeting.body as { settings?: { approval_type?: unknown } }).settings ?? {}) as { approval_type?: unknown };
    if (settings.approval_type !== 0 && settings.approval_type !== 1) return { status: 400, body: { code: 3000, message: "Registration has not been enabled for this meeting." } };
    if (typeof input.email !== "string" || !input.email.includes("@") || typeof input.first_name !== "string" || !input.first_name) return { status: 400, body: { code: 300, message: "Validation Failed." } };
    const email = input.email.toLowerCase();
    if (registrants.filter((r) => r.meetingId === meeting.id && r.email === email).length >= 3) {
      return { status: 429, body: { code: 429, message: "You have reached the maximum limit for registering with this email address for this meeting today." } };
    }
    const registrantId = crypto.randomBytes(11).toString("base64url");
    const joinUrl = `https://zoom.example.test/w/${meeting.id}?tk=${crypto.randomBytes(24).toString("base64url")}&pwd=${crypto.randomBytes(8).toString("hex")}`;
    registrants.push({ meetingId: meeting.id, registrantId, email, firstName: input.first_name, joinUrl, status: "approved" });
    return { status: 201, body: { id: Number(meeting.id), registrant_id: registrantId, join_url: joinUrl, topic: meeting.topic, start_time: meeting.startTime } };
  }

  function updateRegistrantStatus(meeting: FakeMeeting, body: unknown): Reply {
    const input = (body ?? {}) as { action?: unknown; registrants?: unknown };
    if (!["approve", "cancel", "deny"].includes(String(input.action)) || !Array.isArray(input.registrants)) return { status: 400, body: { code: 300, message: "Validation Failed." } };
    for (const item of input.registrants as { id?: unknown }[]) {
      const registrant = registrants.find((r) => r.meetingId === meeting.id && r.registrantId === item?.id);
      if (registrant) registrant.status = input.action === "approve" ? "approved" : "cancelled";
    }
    return { status: 204 };
  }

  function route(method: string, path: string): { route: FakeZoomRoute | "unknown"; params: string[] } {
    let match: RegExpExecArray | null;
    if (method === "POST" && path === "/oauth/token") return { route: "token", params: [] };
    if (method === "POST" && (match = /^\/v2\/users\/([^/]+)\/meetings$/.exec(path))) return { route: "create", params: [decodeURIComponent(match[1]!)] };
    if (method === "PUT" && (match = /^\/v2\/meetings\/([^/]+)\/status$/.exec(path))) return { route: "status", params: [decodeURIComponent(match[1]!)] };
    if (method === "POST" && (match = /^\/v2\/meetings\/([^/]+)\/registrants$/.exec(path))) return { route: "register", params: [decodeURIComponent(match[1]!)] };
    if (method === "PUT" && (match = /^\/v2\/meetings\/([^/]+)\/registrants\/status$/.exec(path))) return { route: "registrant_status", params: [decodeURIComponent(match[1]!)] };
    if (method === "DELETE" && (match = /^\/v2\/meetings\/([^/]+)$/.exec(path))) return { route: "delete", params: [decodeURIComponent(match[1]!)] };
    return { route: "unknown", params: [] };
  }

  function answer(name: FakeZoomRoute | "unknown", params: string[], query: URLSearchParams, headers: http.IncomingHttpHeaders, body: unknown): Reply {
    if (name === "token") return issueToken(query, headers);
    if (name === "unknown") return { status: 404, body: { code: 404, message: "Not found." } };
    if (!bearerIsValid(headers)) return { status: 401, body: { code: 124, message: "Invalid access token." } };
    if (name === "create") return createMeeting(params[0]!, body);
    const meeting = meetings.get(params[0]!);
    if (!meeting) return { status: 404, body: { code: 3001, message: "Meeting does not exist: " + params[0] + "." } };
    if (name === "register") return addRegistrant(meeting, body);
    if (name === "registrant_status") return updateRegistrantStatus(meeting, body);
    if (name === "status") {
      if ((body as { action?: unknown } | null)?.action !== "end") return { status: 400, body: { code: 300, message: "Invalid action." } };
      meeting.status = "ended";
      return { status: 204 };
    }
    meetings.delete(meeting.id);
    return { status: 204 };
  }

  async function handleControl(method: string, path: string, body: unknown): Promise<Reply> {
    if (method === "GET" && path === "/__fake/requests") return { status: 200, body: await control.requests() };
    if (method === "GET" && path === "/__fake/meetings") return { status: 200, body: await control.meetings() };
    if (method === "GET" && path === "/__fake/registrants") return { status: 200, body: await control.registrants() };
    if (method === "POST" && path === "/__fake/fail") return (await control.fail(body as FailureRule), { status: 204 });
    if (method === "POST" && path === "/__fake/revoke-tokens") return (await control.revokeTokens(), { status: 204 });
    if (method === "POST" && path === "/__fake/reset") return (await control.reset(), { status: 204 });
    return { status: 404, body: { error: "unknown control" } };
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the raw text: a test may want to see what was sent
    }
    const url = new URL(req.url ?? "/", "http://fake.zoom");
    const send = (reply: Reply, raw?: string) => {
      if (res.destroyed) return; // the client gave up (timeout tests)
      const payload = raw ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
      res.writeHead(reply.status, { ...(payload ? { "content-type": "application/json;charset=UTF-8" } : {}), ...reply.headers });
      res.end(payload);
    };
    if (url.pathname.startsWith("/__fake/")) return send(await handleControl(req.method ?? "GET", url.pathname, body));

    const { route: name, params } = route(req.method ?? "GET", url.pathname);
    requests.push({
      route: name,
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, String(value)])),
      body,
      at: new Date().toISOString(),
    });
    const rule = name === "unknown" ? undefined : takeRule(name);
    if (rule?.delayMs) await new Promise((resolve) => setTimeout(resolve, rule.delayMs));
    if (rule?.status !== undefined || rule?.rawBody !== undefined) {
      const status = rule.status ?? 200;
      const headers: Record<string, string> = {};
      if (status === 429 && rule.retryAfter !== undefined) headers["retry-after"] = rule.retryAfter;
      const fallback = status === 429 ? { code: 429, message: "You have exceeded the daily rate limit of (100) for Create a meeting API requests permitted for this particular user." } : { code: status, message: "Simulated failure." };
      return send({ status, headers, body: fallback }, rule.rawBody);
    }
    send(answer(name, params, url.searchParams, req.headers, body));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...control,
    url,
    oauthUrl: `${url}/oauth/token`,
    apiBaseUrl: `${url}/v2`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Controls a fake started in another process (the zoom project's globalSetup). */
export function fakeZoomClient(url: string): FakeZoomControl {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`fake zoom control ${path}: ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    requests: async (route) => {
      const all = (await call("GET", "/__fake/requests")) as RecordedRequest[];
      return route ? all.filter((request) => request.route === route) : all;
    },
    meetings: async () => (await call("GET", "/__fake/meetings")) as FakeMeeting[],
    registrants: async () => (await call("GET", "/__fake/registrants")) as FakeRegistrant[],
    fail: async (rule) => void (await call("POST", "/__fake/fail", rule)),
    revokeTokens: async () => void (await call("POST", "/__fake/revoke-tokens")),
    reset: async () => void (await call("POST", "/__fake/reset")),
  };
}

/** The app configuration that points the real Zoom client at this fake. */
export function appEnvForFakeZoom(fake: Pick<FakeZoom, "apiBaseUrl" | "oauthUrl">): Record<string, string> {
  return {
    VIDEO_PROVIDER: "zoom",
    ZOOM_ACCOUNT_ID: FAKE_ZOOM_CREDENTIALS.accountId,
    ZOOM_CLIENT_ID: FAKE_ZOOM_CREDENTIALS.clientId,
    ZOOM_CLIENT_SECRET: FAKE_ZOOM_CREDENTIALS.clientSecret,
    ZOOM_API_BASE_URL: fake.apiBaseUrl,
    ZOOM_OAUTH_URL: fake.oauthUrl,
  };
}
