// Every abuse limit of README, Abuse limits, with its numbers from lib/env.ts. The limiter
// (lib/rate-limit/limiter.ts) counts them all in the same table.
import { env } from "@/lib/env";
import type { Limit } from "@/lib/rate-limit/limiter";

export type LimitName =
  | "signInAccountAddress"
  | "signInAccount"
  | "signInAddress"
  | "registrations"
  | "meetings"
  | "friendRequests"
  | "chatMessages"
  | "joinTokens"
  | "passwordResetAccount"
  | "passwordResetAddress"
  | "invites"
  | "exports";

export function limits(): Record<LimitName, Limit> {
  const config = env();
  const signIn = (name: string, max: number): Limit => ({
    name,
    max,
    windowSeconds: config.LOGIN_WINDOW_SECONDS,
    refusal: "Too many failed sign-in attempts.",
  });
  return {
    signInAccountAddress: signIn("sign-in:account-address", config.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS),
    signInAccount: signIn("sign-in:account", config.LOGIN_MAX_FAILURES_PER_ACCOUNT),
    signInAddress: signIn("sign-in:address", config.LOGIN_MAX_FAILURES_PER_ADDRESS),
    registrations: {
      name: "register:address",
      max: config.REGISTRATIONS_MAX_PER_ADDRESS,
      windowSeconds: config.REGISTRATIONS_WINDOW_SECONDS,
      refusal: "Too many accounts were created from your network.",
    },
    meetings: {
      name: "meetings:user",
      max: config.MEETINGS_MAX_PER_USER,
      windowSeconds: config.MEETINGS_WINDOW_SECONDS,
      refusal: `You have started the most sessions allowed (${config.MEETINGS_MAX_PER_USER} per ${windowWords(config.MEETINGS_WINDOW_SECONDS)}).`,
    },
    friendRequests: {
      name: "friend-requests:user",
      max: config.FRIEND_REQUESTS_MAX_PER_USER,
      windowSeconds: config.FRIEND_REQUESTS_WINDOW_SECONDS,
      refusal: `You have sent the most friend requests allowed (${config.FRIEND_REQUESTS_MAX_PER_USER} per ${windowWords(config.FRIEND_REQUESTS_WINDOW_SECONDS)}).`,
    },
    chatMessages: {
      name: "chat:user",
      max: config.CHAT_MESSAGES_MAX_PER_USER,
      windowSeconds: config.CHAT_MESSAGES_WINDOW_SECONDS,
      refusal: `You are sending messages too fast (at most ${config.CHAT_MESSAGES_MAX_PER_USER} per ${windowWords(config.CHAT_MESSAGES_WINDOW_SECONDS)}).`,
    },
    joinTokens: {
      name: "join-tokens:user",
      max: config.JOIN_TOKENS_MAX_PER_USER,
      windowSeconds: config.JOIN_TOKENS_WINDOW_SECONDS,
      refusal: `Too many join links requested (at most ${config.JOIN_TOKENS_MAX_PER_USER} per ${windowWords(config.JOIN_TOKENS_WINDOW_SECONDS)}).`,
    },
    passwordResetAccount: {
      name: "password-reset:account",
      max: config.PASSWORD_RESET_MAX_PER_ACCOUNT,
      windowSeconds: config.PASSWORD_RESET_WINDOW_SECONDS,
      refusal: "Too many password reset emails were asked for this address.",
    },
    passwordResetAddress: {
      name: "password-reset:address",
      max: config.PASSWORD_RESET_MAX_PER_ADDRESS,
      windowSeconds: config.PASSWORD_RESET_WINDOW_SECONDS,
      refusal: "Too many password reset emails were asked for from your network.",
    },
    invites: {
      name: "invites:user",
      max: config.INVITES_MAX_PER_USER,
      windowSeconds: config.INVITES_WINDOW_SECONDS,
      refusal: `You have created the most invitation links allowed (${config.INVITES_MAX_PER_USER} per ${windowWords(config.INVITES_WINDOW_SECONDS)}).`,
    },
    exports: {
      name: "exports:user",
      max: config.EXPORTS_MAX_PER_USER,
      windowSeconds: config.EXPORTS_WINDOW_SECONDS,
      refusal: `You have downloaded your data the most times allowed (${config.EXPORTS_MAX_PER_USER} per ${windowWords(config.EXPORTS_WINDOW_SECONDS)}).`,
    },
  };
}

function windowWords(seconds: number): string {
  if (seconds === 60) return "minute";
  if (seconds === 3600) return "hour";
  if (seconds === 86_400) return "day";
  return `${seconds} seconds`;
}
