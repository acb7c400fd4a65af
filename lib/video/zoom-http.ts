// One HTTP call to Zoom and the mapping of its failures to AppErrors (README, Zoom).
// Zoom's response bodies can echo request details, so they never reach our errors or
// logs: at most the HTTP status and Zoom's numeric error code.
import { AppError, errorMessage } from "@/lib/errors";
import { retryMessage } from "@/lib/rate-limit/retry-message";
import { logger } from "@/lib/log";

export type ZoomReply = { status: number; headers: Headers; json: unknown };

/** Marks a body that was not JSON, so callers can tell it from an empty body. */
const NOT_JSON = Symbol("not-json");

/** Zoom's 429 without a usable Retry-After: per-second limits clear fast, daily ones do not. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

export async function callZoom(url: string, init: RequestInit & { signal: AbortSignal }): Promise<ZoomReply> {
  try {
    const response = await fetch(url, { ...init, redirect: "error", cache: "no-store" });
    const text = await response.text();
    let json: unknown = undefined;
    if (text.trim() !== "") {
      try {
        json = JSON.parse(text);
      } catch {
        json = NOT_JSON;
      }
    }
    return { status: response.status, headers: response.headers, json };
  } catch (error) {
    throw transportFailure(error);
  }
}

/** Timeouts (ours or a shared token fetch's) become 504; anything else on the wire 502. */
export function transportFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    logger().warn({ provider: "zoom" }, "zoom: no answer in time");
    return new AppError("provider_timeout");
  }
  logger().warn({ provider: "zoom", cause: (error as { cause?: { code?: string } }).cause?.code ?? name ?? "unknown" }, "zoom: could not reach Zoom");
  return new AppError("provider_error");
}

/** A non-2xx answer (or a 2xx we cannot use) as the AppError the API returns. */
export function replyFailure(action: string, reply: ZoomReply): AppError {
  logReplyFailure(action, reply);
  if (reply.status === 429) {
    const seconds = retryAfterSeconds(reply.headers.get("retry-after"));
    return new AppError("provider_rate_limited", `${errorMessage("provider_rate_limited")} ${retryMessage(seconds)}`, { retryAfterSeconds: seconds });
  }
  if (reply.status >= 200 && reply.status < 300) return new AppError("provider_error", `Zoom sent an unexpected answer to ${action}.`);
  return new AppError("provider_error", `Zoom could not ${action} (HTTP ${reply.status}).`);
}

/** Logs what is safe to log about a failed answer: its status and Zoom's numeric code. */
export function logReplyFailure(action: string, reply: ZoomReply): void {
  const zoomCode = (reply.json as { code?: unknown } | null)?.code;
  logger().warn({ provider: "zoom", action, status: reply.status, zoom_code: typeof zoomCode === "number" ? zoomCode : undefined }, `zoom: could not ${action}`);
}

/** Retry-After is seconds or a date; Zoom's daily limit names the reset time. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (header && /^\s*\d+\s*$/.test(header)) return clampSeconds(Number(header));
  const at = header ? Date.parse(header) : NaN;
  if (Number.isFinite(at)) return clampSeconds(Math.ceil((at - now) / 1000));
  return DEFAULT_RETRY_AFTER_SECONDS;
}

function clampSeconds(seconds: number): number {
  return Math.min(Math.max(seconds, 1), 86_400);
}
