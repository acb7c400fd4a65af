// Zoom Server-to-Server OAuth access tokens: fetched with the account credentials, kept
// until shortly before they expire, and refreshed by one request at a time so a burst
// of starts does not stampede Zoom's token endpoint.
import { z } from "@/lib/zod";
import { callZoom, replyFailure, transportFailure } from "@/lib/video/zoom-http";

/** Renew this long before Zoom says the token expires (clock skew, slow requests). */
const RENEW_BEFORE_MS = 60_000;

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
});

type ZoomTokenSource = {
  /** A valid token; waits for the refresh in flight, bounded by the caller's own deadline. */
  get(signal: AbortSignal): Promise<string>;
  /** Drops `token` after Zoom refused it, unless a newer one has already replaced it. */
  invalidate(token: string): void;
};

export function createZoomTokenSource(config: {
  oauthUrl: string;
  accountId: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}): ZoomTokenSource {
  let cached: { token: string; renewAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const url = new URL(config.oauthUrl);
    url.searchParams.set("grant_type", "account_credentials");
    url.searchParams.set("account_id", config.accountId);
    const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64");
    // Its own deadline: the request is shared, so one caller giving up must not fail the rest.
    const reply = await callZoom(url.toString(), {
      method: "POST",
      headers: { authorization: `Basic ${basic}`, accept: "application/json" },
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const parsed = tokenResponse.safeParse(reply.json);
    if (reply.status !== 200 || !parsed.success) throw replyFailure("issue an access token", reply);
    const lifetimeMs = parsed.data.expires_in * 1000;
    cached = { token: parsed.data.access_token, renewAt: Date.now() + lifetimeMs - Math.min(RENEW_BEFORE_MS, lifetimeMs / 2) };
    return parsed.data.access_token;
  }

  return {
    async get(signal) {
      if (cached && Date.now() < cached.renewAt) return cached.token;
      inflight ??= fetchToken().finally(() => (inflight = undefined));
      return untilAborted(inflight, signal);
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}

/** Settles like `promise`, or rejects as a timeout once `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(transportFailure(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(transportFailure(signal.reason));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
