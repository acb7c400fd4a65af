// The server's one logger: JSON lines on stdout (one write per line, no worker thread),
// made human-readable in development by piping through pino-pretty (package.json "dev").
// Redaction is a safety net: callers log ids and codes, never bodies, headers or URLs
// with tokens in them (README, Browser security and privacy).
import pino from "pino";
import { env } from "@/lib/env";

/** Paths pino blanks out wherever they occur in a logged object. */
const REDACT = [
  "password",
  "current_password",
  "new_password",
  "token",
  "access_token",
  "join_url",
  "zoom_meeting_url",
  "zoom_meeting_password",
  "authorization",
  "cookie",
  "clientSecret",
  "client_secret",
  "*.password",
  "*.token",
  "*.access_token",
  "*.join_url",
  "*.authorization",
  "*.cookie",
  "*.clientSecret",
  "headers.authorization",
  "headers.cookie",
];

type LoggerHolder = { __pairlineLogger?: pino.Logger };
const holder = globalThis as typeof globalThis & LoggerHolder;

function create(): pino.Logger {
  return pino({
    level: env().LOG_LEVEL,
    base: undefined,
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT, censor: "[redacted]" },
    serializers: { err: pino.stdSerializers.err },
  });
}

/** The logger, created on first use (never at build time, when env is not validated). */
export function logger(): pino.Logger {
  return (holder.__pairlineLogger ??= create());
}
