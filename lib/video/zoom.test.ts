// The Zoom client against a local fake of Zoom's OAuth and meeting endpoints.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { createZoomProvider, generatePasscode, type ZoomConfig } from "@/lib/video/zoom";
import { MeetingSetupFailed } from "@/lib/video/provider";
import { retryAfterSeconds } from "@/lib/video/zoom-http";
import { FAKE_ZOOM_CREDENTIALS, startFakeZoom, type FakeZoom } from "@/tests/support/fake-zoom";

let fake: FakeZoom;

beforeAll(async () => {
  fake = await startFakeZoom();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(async () => {
  await fake.reset();
  // The client logs status codes on failures; keep test output quiet.
  vi.spyOn(logger(), "warn").mockImplementation(() => logger());
});

function provider(overrides: Partial<ZoomConfig> = {}) {
  return createZoomProvider({
    ...FAKE_ZOOM_CREDENTIALS,
    userId: "me",
    apiBaseUrl: fake.apiBaseUrl,
    oauthUrl: fake.oauthUrl,
    timeoutMs: 2000,
    ...overrides,
  });
}

const request = { sessionId: 7, topic: "Pairline: Alice & Bob", attendees: [{ userId: 1, name: "Alice" }, { userId: 2, name: "Bob" }] };

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("createZoomProvider – tokens", () => {
  it("fetches one token for many meetings", async () => {
    const zoom = provider();
    for (let i = 0; i < 3; i++) await zoom.createMeeting(request);
    expect(await fake.requests("token")).toHaveLength(1);
    expect(await fake.requests("create")).toHaveLength(3);
  });

  it("concurrent first calls share one token request", async () => {
    const zoom = provider();
    await fake.fail({ route: "token", delayMs: 150 }); // keep the first refresh in flight
    const meetings = await Promise.all(Array.from({ length: 8 }, () => zoom.createMeeting(request)));
    expect(new Set(meetings.map((m) => m.meetingId)).size).toBe(8);
    expect(await fake.requests("token")).toHaveLength(1);
  });

  it("asks Zoom's token endpoint with Basic auth and the account_credentials grant", async () => {
    await provider().createMeeting(request);
    const [token] = await fake.requests("token");
    const basic = Buffer.from(`${FAKE_ZOOM_CREDENTIALS.clientId}:${FAKE_ZOOM_CREDENTIALS.clientSecret}`).toString("base64");
    expect(token!.method).toBe("POST");
    expect(token!.headers.authorization).toBe(`Basic ${basic}`);
    expect(token!.query).toEqual({ grant_type: "account_credentials", account_id: FAKE_ZOOM_CREDENTIALS.accountId });
  });

  it("gets a new token after a 401 and retries once", async () => {
    const zoom = provider();
    await zoom.createMeeting(request);
    await fake.revokeTokens();
    const meeting = await zoom.createMeeting(request);
    expect(meeting.meetingId).toMatch(/^\d+$/);
    const creates = await fake.requests("create");
    expect(creates).toHaveLength(3); // ok, 401, retried ok
    expect(await fake.requests("token")).toHaveLength(2);
    expect(creates[2]!.headers.authorization).not.toBe(creates[1]!.headers.authorization);
  });

  it("parallel calls refused with 401 share one new token", async () => {
    const zoom = provider();
    await zoom.createMeeting(request);
    await fake.revokeTokens();
    await Promise.all(Array.from({ length: 5 }, () => zoom.createMeeting(request)));
    expect(await fake.requests("token")).toHaveLength(2);
  });

  it("renews a token before it expires, without waiting for a 401", async () => {
    const shortLived = await startFakeZoom({ tokenLifetimeSeconds: 1 });
    try {
      const zoom = provider({ apiBaseUrl: shortLived.apiBaseUrl, oauthUrl: shortLived.oauthUrl });
      await zoom.createMeeting(request);
      await zoom.createMeeting(request);
      expect(await shortLived.requests("token")).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 600)); // past its renewal point
      await zoom.createMeeting(request);
      expect(await shortLived.requests("token")).toHaveLength(2);
      expect((await shortLived.requests("create")).every((r) => r.headers.authorization?.startsWith("Bearer "))).toBe(true);
      expect(await shortLived.requests("create")).toHaveLength(3); // no 401 and retry
    } finally {
      await shortLived.close();
    }
  });

  it("a second 401 is a provider error, not a loop", async () => {
    const zoom = provider();
    await fake.fail({ route: "create", status: 401, times: 2 });
    const error = await appErrorOf(zoom.createMeeting(request));
    expect(error.code).toBe("provider_error");
    expect(await fake.requests("create")).toHaveLength(2);
  });

  it.each([
    [401, "provider_error"],
    [500, "provider_error"],
    [429, "provider_rate_limited"],
  ])("token endpoint %i → %s", async (status, code) => {
    await fake.fail({ route: "token", status });
    const error = await appErrorOf(provider().createMeeting(request));
    expect(error.code).toBe(code);
    expect(await fake.requests("create")).toHaveLength(0);
  });

  it("wrong credentials are a provider error that names no secret", async () => {
    const error = await appErrorOf(provider({ clientSecret: "wrong-secret" }).createMeeting(request));
    expect(error.code).toBe("provider_error");
    expect(JSON.stringify({ message: error.message, extra: error.extra })).not.toMatch(/secret|invalid_client/i);
  });

  it("a slow token endpoint is a timeout", async () => {
    await fake.fail({ route: "token", delayMs: 800 });
    const error = await appErrorOf(provider({ timeoutMs: 200 }).createMeeting(request));
    expect(error.code).toBe("provider_timeout");
  });
});

describe("createZoomProvider – createMeeting", () => {
  it("sends Zoom a scheduled meeting anyone with the link can join before the host", async () => {
    const meeting = await provider().createMeeting(request);
    const [create] = await fake.requests("create");
    expect(create!.method).toBe("POST");
    expect(create!.path).toBe("/v2/users/me/meetings");
    expect(create!.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(create!.headers["content-type"]).toBe("application/json");
    const body = create!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      topic: "Pairline: Alice & Bob",
      type: 2,
      timezone: "UTC",
      settings: { join_before_host: true, waiting_room: false },
    });
    expect(body.password).toMatch(/^[A-Za-z0-9]{1,10}$/);
    expect(body.start_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(meeting).toEqual({
      provider: "zoom",
      meetingId: expect.stringMatching(/^\d+$/),
      joinUrl: expect.stringContaining(`/j/${meeting.meetingId}`),
      password: body.password,
      registrants: [],
    });
    // Without registration nobody is registered, and registration stays off.
    expect((body.settings as Record<string, unknown>).approval_type).toBe(2);
    expect(await fake.requests("register")).toEqual([]);
  });

  it("creates on the configured host user", async () => {
    await provider({ userId: "host@example.test" }).createMeeting(request);
    const [create] = await fake.requests("create");
    expect(create!.path).toBe("/v2/users/host%40example.test/meetings");
  });

  it("never returns Zoom's start_url (a host credential)", async () => {
    const meeting = await provider().createMeeting(request);
    expect(JSON.stringify(meeting)).not.toMatch(/start_url|zak=|SECRET-HOST-KEY/);
    expect(Object.keys(meeting).sort()).toEqual(["joinUrl", "meetingId", "password", "provider", "registrants"]);
  });

  it("500 → provider_error (502)", async () => {
    await fake.fail({ route: "create", status: 500 });
    const error = await appErrorOf(provider().createMeeting(request));
    expect(error.code).toBe("provider_error");
    expect(error.status).toBe(502);
    expect(error.message).not.toContain("Simulated");
  });

  it("429 → provider_rate_limited (503) with Zoom's Retry-After", async () => {
    await fake.fail({ route: "create", status: 429, retryAfter: "17" });
    const error = await appErrorOf(provider().createMeeting(request));
    expect(error.code).toBe("provider_rate_limited");
    expect(error.status).toBe(503);
    expect(error.extra.retryAfterSeconds).toBe(17);
    expect(error.message).not.toContain("daily rate limit of (100)");
  });

  it("429 without Retry-After → a default wait", async () => {
    await fake.fail({ route: "create", status: 429 });
    const error = await appErrorOf(provider().createMeeting(request));
    expect(error.extra.retryAfterSeconds).toBe(60);
  });

  it("slow answer → provider_timeout (504)", async () => {
    const zoom = provider({ timeoutMs: 300 });
    await zoom.createMeeting(request); // token cached, so the create itself is what is slow
    await fake.fail({ route: "create", delayMs: 1500 });
    const started = Date.now();
    const error = await appErrorOf(zoom.createMeeting(request));
    expect(error.code).toBe("provider_timeout");
    expect(error.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(1200);
  });

  it.each([
    ["not JSON", "<html>oops"],
    ["JSON without join_url", JSON.stringify({ id: 123, start_url: "https://x/s/1?zak=SECRET" })],
    ["a non-numeric id", JSON.stringify({ id: "abc", join_url: "https://zoom.example.test/j/1" })],
    ["an empty body", ""],
  ])("malformed answer (%s) → provider_error", async (_label, rawBody) => {
    await fake.fail({ route: "create", status: 201, rawBody });
    const error = await appErrorOf(provider().createMeeting(request));
    expect(error.code).toBe("provider_error");
    expect(error.message).not.toContain("SECRET");
  });

  it("unreachable Zoom → provider_error", async () => {
    const error = await appErrorOf(provider({ apiBaseUrl: "http://127.0.0.1:9/v2", oauthUrl: "http://127.0.0.1:9/oauth/token" }).createMeeting(request));
    expect(error.code).toBe("provider_error");
  });

  it("logs the status and Zoom's code, never the body or credentials", async () => {
    const warn = vi.spyOn(logger(), "warn").mockImplementation(() => logger());
    await fake.fail({ route: "create", status: 429 });
    await appErrorOf(provider().createMeeting(request));
    await appErrorOf(provider({ clientSecret: "wrong-secret" }).createMeeting(request));
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain('"status":429');
    expect(logged).toContain('"status":401');
    expect(logged).not.toMatch(/daily rate limit|secret|invalid_client|Basic /i);
  });
});

describe("createZoomProvider – closeMeeting", () => {
  it("an active meeting is ended, then deleted", async () => {
    const zoom = provider();
    const { meetingId } = await zoom.createMeeting(request);
    expect(await zoom.closeMeeting({ meetingId, wasActive: true })).toEqual({ ok: true, detail: expect.any(String) });
    const calls = (await fake.requests()).filter((r) => r.route === "status" || r.route === "delete");
    expect(calls.map((r) => [r.method, r.path, r.body])).toEqual([
      ["PUT", `/v2/meetings/${meetingId}/status`, { action: "end" }],
      ["DELETE", `/v2/meetings/${meetingId}`, undefined],
    ]);
    expect(await fake.meetings()).toEqual([]);
  });

  it("a meeting that never went live is only deleted", async () => {
    const zoom = provider();
    const { meetingId } = await zoom.createMeeting(request);
    expect((await zoom.closeMeeting({ meetingId, wasActive: false })).ok).toBe(true);
    expect(await fake.requests("status")).toHaveLength(0);
    expect(await fake.requests("delete")).toHaveLength(1);
  });

  it("404 from Zoom counts as done", async () => {
    expect(await provider().closeMeeting({ meetingId: "123456789", wasActive: true })).toMatchObject({ ok: true });
  });

  it.each([
    ["status", 500],
    ["delete", 500],
    ["delete", 429],
  ] as const)("%s answering %i → ok:false, no throw, no Zoom body", async (route, status) => {
    const zoom = provider();
    const { meetingId } = await zoom.createMeeting(request);
    await fake.fail({ route, status });
    const outcome = await zoom.closeMeeting({ meetingId, wasActive: true });
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining(`HTTP ${status}`) });
    expect(JSON.stringify(outcome)).not.toMatch(/Simulated|daily/);
    // A failed end still deletes, so the link stops working.
    expect(await fake.requests("delete")).toHaveLength(1);
  });

  it("a timeout → ok:false, no throw", async () => {
    const zoom = provider({ timeoutMs: 200 });
    const { meetingId } = await zoom.createMeeting(request);
    await fake.fail({ route: "status", delayMs: 1000 });
    expect(await zoom.closeMeeting({ meetingId, wasActive: true })).toEqual({ ok: false, error: expect.stringMatching(/in time/) });
  });

  it("token failure → ok:false, no throw", async () => {
    expect((await provider({ clientSecret: "wrong" }).closeMeeting({ meetingId: "1", wasActive: false })).ok).toBe(false);
  });
});

describe("createZoomProvider – registration", () => {
  const registering = (overrides: Partial<ZoomConfig> = {}) => provider({ registration: { emailDomain: "pairline.example" }, ...overrides });

  it("creates a registration meeting and registers each attendee once, on synthetic addresses", async () => {
    const meeting = await registering().createMeeting(request);
    const [create] = await fake.requests("create");
    expect((create!.body as { settings: unknown }).settings).toMatchObject({
      approval_type: 0,
      registrants_confirmation_email: false,
      registrants_email_notification: false,
      allow_multiple_devices: false,
    });
    const calls = await fake.requests("register");
    expect(calls.map((call) => [call.path, call.body])).toEqual([
      [`/v2/meetings/${meeting.meetingId}/registrants`, { email: "u1.s7@pairline.example", first_name: "Alice" }],
      [`/v2/meetings/${meeting.meetingId}/registrants`, { email: "u2.s7@pairline.example", first_name: "Bob" }],
    ]);
    const stored = await fake.registrants();
    expect(meeting.registrants).toEqual(stored.map((registrant, index) => ({ userId: index + 1, registrantId: registrant.registrantId, joinUrl: registrant.joinUrl })));
    expect(new Set(meeting.registrants.map((registrant) => registrant.joinUrl)).size).toBe(2);
  });

  it.each([
    ["a 500", { status: 500 }, "provider_error"],
    ["a 429", { status: 429, retryAfter: "30" }, "provider_rate_limited"],
    ["a timeout", { delayMs: 1000 }, "provider_timeout"],
  ] as const)("the second registrant failing with %s deletes the meeting and reports the error", async (_label, rule, code) => {
    await fake.fail({ route: "register", after: 1, ...rule });
    const outcome = await registering({ timeoutMs: 300 }).createMeeting(request).then(() => null, (error: unknown) => error);
    expect(outcome).toBeInstanceOf(MeetingSetupFailed);
    const failure = outcome as MeetingSetupFailed;
    expect(failure.cause.code).toBe(code);
    expect(failure.details).toMatchObject({ step: "add_registrant", undone: true });
    expect(await fake.meetings()).toEqual([]);
    const routes = (await fake.requests()).map((r) => r.route).filter((route) => route !== "token");
    expect(routes).toEqual(["create", "register", "register", "delete"]);
  });

  it("closing cancels the registrants before ending and deleting", async () => {
    const zoom = registering();
    const meeting = await zoom.createMeeting(request);
    const registrantIds = meeting.registrants.map((registrant) => registrant.registrantId);
    expect((await zoom.closeMeeting({ meetingId: meeting.meetingId, wasActive: true, registrantIds })).ok).toBe(true);
    const calls = (await fake.requests()).filter((r) => ["registrant_status", "status", "delete"].includes(r.route));
    expect(calls.map((r) => [r.route, r.body])).toEqual([
      ["registrant_status", { action: "cancel", registrants: registrantIds.map((id) => ({ id })) }],
      ["status", { action: "end" }],
      ["delete", undefined],
    ]);
    expect((await fake.registrants()).map((registrant) => registrant.status)).toEqual(["cancelled", "cancelled"]);
  });
});

describe("zoom helpers", () => {
  it("passcodes are 10 letters and digits, mixed", () => {
    for (let i = 0; i < 200; i++) {
      const passcode = generatePasscode();
      expect(passcode).toMatch(/^[A-Za-z0-9]{10}$/);
      expect(passcode).toMatch(/[A-Z]/);
      expect(passcode).toMatch(/[a-z]/);
      expect(passcode).toMatch(/\d/);
    }
  });

  it.each([
    ["30", 30],
    [null, 60],
    ["garbage", 60],
    ["0", 1],
    [new Date(Date.UTC(2030, 0, 1, 0, 2, 0)).toUTCString(), 120],
    ["2030-01-01T00:02:00Z", 120],
  ])("Retry-After %s → %i s", (header, seconds) => {
    expect(retryAfterSeconds(header, Date.UTC(2030, 0, 1))).toBe(seconds);
  });
});
