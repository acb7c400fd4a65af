// The browser's one way to call the API: JSON in and out, errors thrown with status and code.
import { markSignedOut } from "@/lib/swr/signed-out";
import { isSignOutReason } from "@/lib/accounts/sign-out-reasons";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The caller's session is gone; the page-wide notice says so, so callers say nothing. */
  get signedOut(): boolean {
    return this.code === "signed_out";
  }

  get fields(): Record<string, string> {
    return (this.body.fields as Record<string, string> | undefined) ?? {};
  }
}

type ApiInit = {
  method?: string;
  body?: unknown;
  /** A form body instead of JSON (the one-click unsubscribe POST). */
  form?: Record<string, string>;
  headers?: HeadersInit;
  cache?: RequestCache;
};

/** A call with its status and headers; errors (and an unreachable server) throw ApiError. */
export async function apiResponse<T = unknown>(path: string, init: ApiInit = {}): Promise<{ status: number; headers: Headers; data: T }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: { accept: "application/json", ...(init.body !== undefined ? { "content-type": "application/json" } : {}), ...init.headers },
      // A URLSearchParams body is sent as application/x-www-form-urlencoded.
      body: init.form !== undefined ? new URLSearchParams(init.form) : init.body !== undefined ? JSON.stringify(init.body) : undefined,
      credentials: "same-origin",
      // Under a page's `no-referrer` policy (the /join page) the browser would send
      // `Origin: null` on a POST, which the CSRF check refuses; our own API may see our origin.
      referrerPolicy: "same-origin",
      cache: init.cache,
    });
  } catch {
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection and try again.");
  }
  if (response.status === 204 || response.status === 304) return { status: response.status, headers: response.headers, data: undefined as T };
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  // Only "not signed in" means the session is gone; a wrong current password is also a 401.
  const refusal = data?.error as { code?: string; reason?: string } | undefined;
  if (response.status === 401 && refusal?.code === "not_authenticated") {
    markSignedOut(isSignOutReason(refusal.reason) ? refusal.reason : null);
    throw new ApiError(401, "signed_out", "You were signed out.");
  }
  if (!response.ok) {
    const error = (data?.error ?? {}) as Record<string, unknown>;
    throw new ApiError(
      response.status,
      String(error.code ?? "unknown_error"),
      String(error.message ?? `The server answered ${response.status}.`),
      error,
    );
  }
  return { status: response.status, headers: response.headers, data: data as T };
}

export async function apiFetch<T = unknown>(path: string, init: ApiInit = {}): Promise<T> {
  return (await apiResponse<T>(path, init)).data;
}

/** One page of a cursor-paged list, with the next page's URL from `Link: <...>; rel="next"`. */
export async function fetchListPage<T>(path: string): Promise<{ items: T[]; next: string | null }> {
  const { headers, data } = await apiResponse<T[]>(path);
  return { items: data, next: /<([^>]+)>;\s*rel="next"/.exec(headers.get("link") ?? "")?.[1] ?? null };
}

/** What to show for a failed call; null when the page-wide "signed out" notice covers it. */
export function errorMessage(caught: unknown, fallback = "Something went wrong. Try again."): string | null {
  if (caught instanceof ApiError) return caught.signedOut ? null : caught.message;
  return caught instanceof Error && caught.message ? caught.message : fallback;
}

/** SWR's fetcher: GET and parse. */
export const fetcher = <T,>(path: string) => apiFetch<T>(path);

/** The server or its database is down for now (503 service_unavailable, or no answer). */
export function isTemporarilyUnavailable(error: unknown): boolean {
  return error instanceof ApiError && ((error.status === 503 && error.code === "service_unavailable") || error.code === "network_error");
}

/** While the service is unavailable, keep retrying this often (SWR backs off to minutes). */
export const UNAVAILABLE_RETRY_MS = 3_000;

type RetryConfig = { errorRetryInterval: number; errorRetryCount?: number };
type RetryOptions = { retryCount: number; dedupe?: boolean };
type Revalidate = (options: RetryOptions) => void;

/**
 * SWR's `onErrorRetry` for pages that must recover by themselves (README, Operations): an
 * unavailable service is retried every few seconds for as long as it takes; other errors
 * get SWR's own exponential backoff. (SWR skips interval polling while a key has an
 * error, so this retry is what brings a polling page back.)
 */
export function retryWhileUnavailable(error: unknown, _key: string, config: RetryConfig, revalidate: Revalidate, options: RetryOptions): void {
  const { retryCount } = options;
  if (isTemporarilyUnavailable(error)) {
    setTimeout(() => revalidate(options), UNAVAILABLE_RETRY_MS);
    return;
  }
  if (config.errorRetryCount !== undefined && retryCount > config.errorRetryCount) return;
  const exponent = Math.min(retryCount, 8);
  setTimeout(() => revalidate(options), Math.floor((Math.random() + 0.5) * (1 << exponent)) * config.errorRetryInterval);
}
