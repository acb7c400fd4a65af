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
type RateLimitDescription = { name: RateLimitName; counted: string; max?: number; window_seconds?: number; cooldown_seconds?: number };

/** What each limit counts, and per what. */
const COUNTED: Record<LimitName, string> = {
  signInAccountAddress: "failed sign-ins per account and client address",
  signInAccount: "failed sign-ins per account, from all addresses",
  signInAddress: "failed sign-ins per client address",
  registrations: "registrations per client address",
  meetings: "meetings created (starts that reach the video provider) per user",
  friendRequests: "friend requests sent per user",
  chatMessages: "chat messages sent per user",
  joinTokens: "join tokens issued per user",
  passwordResetAccount: "password reset requests per email address asked for (known or not)",
  passwordResetAddress: "password reset requests per client address",
  invites: "invitation links created per user",
  exports: "data exports (GET /users/me/export) per user",
};

export function rateLimit(name: RateLimitName): { description: RateLimitDescription; sentence: string; example: string } {
  const config = env();
  if (name === "eventStreams") {
    const max = config.EVENT_STREAMS_PER_USER;
    return {
      description: { name, counted: "open event streams per user", max },
      sentence: `At most ${max} open event streams per user at once.`,
      example: messages.tooManyStreams(max, config.EVENT_STREAM_LEASE_SECONDS),
    };
  }
  if (name === "declinedRequestCooldown") {
    const seconds = config.FRIEND_REQUEST_DECLINE_COOLDOWN_SECONDS;
    return {
      description: { name, counted: "new friend requests to someone who declined your last one", cooldown_seconds: seconds },
      sentence: `After someone declines your friend request, a new request to them is refused for ${describeDuration(seconds)} from the decline (429 with \`Retry-After\`).`,
      example: rateLimited({ refusal: messages.declinedRecently }, seconds).message,
    };
  }
  const limit = limits()[name];
  const counted = COUNTED[name];
  return {
    description: { name, counted, max: limit.max, window_seconds: limit.windowSeconds },
    sentence: `At most ${limit.max} ${counted} in ${describeDuration(limit.windowSeconds)}.`,
    example: rateLimited(limit, limit.windowSeconds).message,
  };
}
