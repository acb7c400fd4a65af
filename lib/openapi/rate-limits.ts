// The abuse limits as the API reference states them: the numbers come from the same
// configuration the limiter reads (lib/rate-limit/limits.ts, lib/env.ts), and the 429
// examples are the messages the limiter writes.
import { env } from "@/lib/env";
import { messages } from "@/lib/errors";
import { limits, type LimitName } from "@/lib/rate-limit/limits";
import { rateLimited } from "@/lib/rate-limit/limiter";
import { describeDuration } from "@/lib/rate-limit/retry-message";

export type RateLimitName = LimitName | "eventStreams" | "declinedRequestCooldown";

/** One limit, as the `x-rate-limit` extension lists it. */
export type RateLimitDescription = { name: RateLimitName; what: string; per: string; max?: number; window_seconds?: number; cooldown_seconds?: number };

const COUNTED: Record<LimitName, { what: string; per: string }> = {
  signInAccountAddress: { what: "failed sign-ins", per: "account and client address" },
  signInAccount: { what: "failed sign-ins", per: "account, from all addresses" },
  signInAddress: { what: "failed sign-ins", per: "client address" },
  registrations: { what: "registrations", per: "client address" },
  meetings: { what: "meetings created (starts that reach the video provider)", per: "user" },
  friendRequests: { what: "friend requests sent", per: "user" },
  chatMessages: { what: "chat messages sent", per: "user" },
  joinTokens: { what: "join tokens issued", per: "user" },
};

export function rateLimit(name: RateLimitName): { description: RateLimitDescription; sentence: string; example: string } {
  const config = env();
  if (name === "eventStreams") {
    const max = config.EVENT_STREAMS_PER_USER;
    return {
      description: { name, what: "open event streams", per: "user", max },
      sentence: `At most ${max} open event streams per user at once.`,
      example: messages.tooManyStreams(max, config.EVENT_STREAM_LEASE_SECONDS),
    };
  }
  if (name === "declinedRequestCooldown") {
    const seconds = config.FRIEND_REQUEST_DECLINE_COOLDOWN_SECONDS;
    return {
      description: { name, what: "a new request to someone who declined your last one", per: "pair of users", cooldown_seconds: seconds },
      sentence: `After someone declines your friend request, a new request to them is refused for ${describeDuration(seconds)} from the decline (429 with \`Retry-After\`).`,
      example: rateLimited({ refusal: messages.declinedRecently }, seconds).message,
    };
  }
  const limit = limits()[name];
  const { what, per } = COUNTED[name];
  return {
    description: { name, what, per, max: limit.max, window_seconds: limit.windowSeconds },
    sentence: `At most ${limit.max} ${what} per ${per} in ${describeDuration(limit.windowSeconds)}.`,
    example: rateLimited(limit, limit.windowSeconds).message,
  };
}
