// Configuration, validated once. Nothing else in the app reads process.env.
import crypto from "node:crypto";
import { z } from "@/lib/zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const limitCount = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const windowSeconds = (fallback: number) => z.coerce.number().int().min(1).max(30 * 86_400).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: optionalString.refine(
    (url) => url === undefined || /^postgres(ql)?:\/\//.test(url),
    "DATABASE_URL must be a postgres:// or postgresql:// URL (or unset for the embedded database)",
  ),
  /** Where the embedded PGlite database lives when DATABASE_URL is unset. */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: optionalString,
  APP_URL: z.url().default("http://localhost:3000"),
  VIDEO_PROVIDER: z.enum(["zoom", "jitsi"]).optional().or(z.literal("").transform(() => undefined)),
  ZOOM_ACCOUNT_ID: optionalString,
  ZOOM_CLIENT_ID: optionalString,
  ZOOM_CLIENT_SECRET: optionalString,
  ZOOM_USER_ID: z.string().trim().default("me"),
  ZOOM_API_BASE_URL: z.url().default("https://api.zoom.us/v2"),
  ZOOM_OAUTH_URL: z.url().default("https://zoom.us/oauth/token"),
  ZOOM_WEBHOOK_SECRET_TOKEN: optionalString,
  /** How long to wait for Zoom before answering 504. */
  ZOOM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  JITSI_BASE_URL: z.url().default("https://meet.jit.si"),
  // The gate, enforced by the provider (README): self-hosted Jitsi with token authentication...
  JITSI_JWT_APP_ID: optionalString,
  JITSI_JWT_SECRET: optionalString,
  // ...or 8x8 JaaS (RS256; the key id as the JaaS console shows it, the private key as PEM).
  JAAS_APP_ID: optionalString,
  JAAS_KEY_ID: optionalString,
  JAAS_PRIVATE_KEY: optionalString,
  /** The JaaS console's webhook endpoint secret; unset: JaaS webhooks are refused. */
  JAAS_WEBHOOK_SECRET: optionalString,
  /** A meeting JWT is minted at redemption and must be used at once. */
  MEETING_JWT_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(300),
  /** Zoom meeting registration: each friend gets their own join URL (needs a licensed host). */
  ZOOM_REGISTRATION: z
    .enum(["true", "false", "1", "0", ""])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  /** The domain of the synthetic registrant addresses; default the APP_URL host. */
  ZOOM_REGISTRANT_EMAIL_DOMAIN: optionalString.refine(
    (domain) => domain === undefined || /^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(domain),
    "ZOOM_REGISTRANT_EMAIL_DOMAIN must be a domain name such as pairline.example.com",
  ),
  JOIN_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(3600),
  /** Bearer access tokens from POST /api/v1/auth/token live this long. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 86_400).default(3600),
  // Abuse limits (README, Abuse limits, lib/rate-limit/limits.ts): at most MAX per WINDOW_SECONDS.
  /** Failed sign-ins for one account from one client address. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS: limitCount(5),
  /** Failed sign-ins for one account from all addresses (above the one above, so an attacker cannot lock the owner out). */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: limitCount(20),
  /** Failed sign-ins from one client address, whatever the account. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: limitCount(30),
  LOGIN_WINDOW_SECONDS: windowSeconds(900),
  REGISTRATIONS_MAX_PER_ADDRESS: limitCount(10),
  REGISTRATIONS_WINDOW_SECONDS: windowSeconds(3600),
  /** Session starts that reach the video provider (meetings created), per user. */
  MEETINGS_MAX_PER_USER: limitCount(20),
  MEETINGS_WINDOW_SECONDS: windowSeconds(86_400),
  FRIEND_REQUESTS_MAX_PER_USER: limitCount(30),
  FRIEND_REQUESTS_WINDOW_SECONDS: windowSeconds(86_400),
  /** After a decline, the same person cannot be asked again for this long. */
  FRIEND_REQUEST_DECLINE_COOLDOWN_SECONDS: z.coerce.number().int().min(0).default(7 * 86_400),
  CHAT_MESSAGES_MAX_PER_USER: limitCount(30),
  CHAT_MESSAGES_WINDOW_SECONDS: windowSeconds(60),
  JOIN_TOKENS_MAX_PER_USER: limitCount(30),
  JOIN_TOKENS_WINDOW_SECONDS: windowSeconds(3600),
  /** Password reset emails per account (by the email asked for, known or not) and per client address. */
  PASSWORD_RESET_MAX_PER_ACCOUNT: limitCount(3),
  PASSWORD_RESET_MAX_PER_ADDRESS: limitCount(10),
  PASSWORD_RESET_WINDOW_SECONDS: windowSeconds(3600),
  /** A reset link works this long, once. */
  PASSWORD_RESET_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1800),
  /** New invitation links per user. */
  INVITES_MAX_PER_USER: limitCount(10),
  INVITES_WINDOW_SECONDS: windowSeconds(86_400),
  /** Data exports (GET /users/me/export) per user. */
  EXPORTS_MAX_PER_USER: limitCount(3),
  EXPORTS_WINDOW_SECONDS: windowSeconds(3600),
  /** An invitation link works this long, for this many sign-ups. */
  INVITE_TTL_SECONDS: z.coerce.number().int().min(1).max(365 * 86_400).default(14 * 86_400),
  INVITE_MAX_USES: z.coerce.number().int().min(1).max(10_000).default(20),
  /** The least severe log level written to stdout (lib/log.ts). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Open live-update streams (GET /api/v1/events) per user, across all instances (README, Abuse limits). */
  EVENT_STREAMS_PER_USER: z.coerce.number().int().min(1).default(10),
  /** Seconds between the streams' heartbeat comments (which also renew their leases). */
  EVENT_STREAM_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  /** A stream's lease lives this long unless a heartbeat renews it (a crashed instance's streams free up after it). */
  EVENT_STREAM_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  /** A user stays online this long after their last event stream closes, so a reload does not flicker (README, Presence). */
  PRESENCE_GRACE_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  /**
   * How long the HTTP server keeps an idle keep-alive connection open. Above every client's
   * and proxy's idle timeout (nginx and most load balancers: 60 s), so the server never
   * closes a connection just as a client reuses it (README, Operations; lib/server-timeouts.ts).
   */
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(120_000).default(65_000),
  /**
   * The change feed's caches are trusted only this long after the PostgreSQL listener last
   * heard its own probe (it sends one every third of this); older, every read goes to the
   * database until it hears one again (README, Operations; lib/changes/).
   */
  CHANGE_FEED_LIVENESS_MS: z.coerce.number().int().min(300).max(60_000).default(3_000),
  /** Bearer token for GET /api/metrics (README, Operations, "Metrics"); unset, the endpoint is a 404. */
  METRICS_TOKEN: optionalString,
  // Email (README, Email; lib/mail/).
  /** `smtp://` or `smtps://user:pass@host:port`; unset: each message is written as an .eml file under MAIL_DIR. */
  SMTP_URL: optionalString.refine(
    (url) => url === undefined || /^smtps?:\/\/[^/]/.test(url),
    "SMTP_URL must be an smtp:// or smtps:// URL (or unset to write .eml files under MAIL_DIR)",
  ),
  MAIL_FROM: z.string().trim().min(3).default("Pairline <no-reply@localhost>"),
  MAIL_DIR: z.string().trim().min(1).default(".data/mail"),
  /** How often the outbox sender looks for due messages. */
  MAIL_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  /** The first retry waits this long; each further one twice as long, up to MAIL_RETRY_CAP_SECONDS. */
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  MAIL_RETRY_CAP_SECONDS: z.coerce.number().int().min(1).max(7 * 86_400).default(3_600),
  /** Tries per message before it is dropped (with the defaults, 8 tries span about two hours). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** A claimed message not marked sent within this long (the sender crashed) is tried again. */
  MAIL_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(5).max(3_600).default(120),
  /** Messages per recipient per hour; more are dropped and logged. */
  MAIL_MAX_PER_RECIPIENT_PER_HOUR: limitCount(20),
  // Scheduled sessions (README, Scheduling and calendars; lib/scheduling/).
  /** The email reminder goes out this many minutes before an accepted session. */
  REMINDER_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(15),
  /** How often each instance looks for due reminders and missed sessions. */
  SCHEDULE_POLL_MS: z.coerce.number().int().min(50).max(300_000).default(15_000),
  /**
   * Tests only: a file holding a clock offset in milliseconds (lib/clock.ts). Refused
   * unless APP_URL is a loopback address, so no real deployment can have its time moved.
   */
  TEST_CLOCK_FILE: optionalString,
});

type ParsedEnv = z.infer<typeof envSchema>;

export type Env = Omit<ParsedEnv, "AUTH_SECRET" | "VIDEO_PROVIDER"> & {
  AUTH_SECRET: string;
  VIDEO_PROVIDER: "zoom" | "jitsi";
  /** How Jitsi meetings are signed, when they are (README, The gate, enforced by the provider). */
  jitsiJwt: JitsiJwtConfig | null;
  /** ZOOM_REGISTRANT_EMAIL_DOMAIN, or the APP_URL host. */
  zoomRegistrantEmailDomain: string;
  /** True when the embedded PGlite database is in use. */
  usesEmbeddedDatabase: boolean;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

let cached: Env | undefined;

/** Parses and checks the configuration; throws ConfigError with every problem listed. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const { AUTH_SECRET: authSecret, ...values } = parsed.data;
  const isProduction = values.NODE_ENV === "production";
  if (authSecret && isProduction && authSecret.length < 32) {
    throw new ConfigError("AUTH_SECRET must be at least 32 characters long.");
  }
  if (values.TEST_CLOCK_FILE && !isLoopback(values.APP_URL)) {
    throw new ConfigError("TEST_CLOCK_FILE moves the server's clock and is for tests only: it is refused unless APP_URL is a loopback address (localhost, 127.0.0.1, [::1]).");
  }
  const zoomConfigured = Boolean(values.ZOOM_ACCOUNT_ID && values.ZOOM_CLIENT_ID && values.ZOOM_CLIENT_SECRET);
  const videoProvider = values.VIDEO_PROVIDER ?? (zoomConfigured ? "zoom" : "jitsi");
  if (videoProvider === "zoom" && !zoomConfigured) {
    throw new ConfigError(
      "VIDEO_PROVIDER=zoom needs ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET.",
    );
  }
  const jitsiJwt = jitsiJwtConfig(values);
  return {
    ...values,
    jitsiJwt,
    zoomRegistrantEmailDomain: values.ZOOM_REGISTRANT_EMAIL_DOMAIN ?? new URL(values.APP_URL).hostname,
    // There is no built-in fallback (README, Browser security and privacy): a published secret would let anyone
    // sign cookies and tokens. Only code that signs or verifies asks for it, so scripts
    // that just need the database (migrate, seed, create-admin) run without it; the
    // server checks it at start (lib/startup-check.ts).
    get AUTH_SECRET(): string {
      if (!authSecret) throw new ConfigError(missingSecretMessage(isProduction));
      return authSecret;
    },
    VIDEO_PROVIDER: videoProvider,
    usesEmbeddedDatabase: !values.DATABASE_URL,
  };
}

function isLoopback(appUrl: string): boolean {
  const host = new URL(appUrl).hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export type JitsiJwtConfig =
  | { mode: "self-hosted"; appId: string; secret: string; roomBaseUrl: string; subject: string }
  | { mode: "jaas"; appId: string; keyId: string; privateKeyPem: string; roomBaseUrl: string };

/** Each mode is configured as a whole or not at all; half a mode would silently leave the gate ours alone. */
function jitsiJwtConfig(values: Omit<ParsedEnv, "AUTH_SECRET">): JitsiJwtConfig | null {
  const selfHosted = { JITSI_JWT_APP_ID: values.JITSI_JWT_APP_ID, JITSI_JWT_SECRET: values.JITSI_JWT_SECRET };
  const jaas = { JAAS_APP_ID: values.JAAS_APP_ID, JAAS_KEY_ID: values.JAAS_KEY_ID, JAAS_PRIVATE_KEY: values.JAAS_PRIVATE_KEY };
  const state = (group: Record<string, string | undefined>) => {
    const missing = Object.keys(group).filter((key) => !group[key]);
    return missing.length === 0 ? "complete" : missing.length === Object.keys(group).length ? "absent" : missing;
  };
  const selfHostedState = state(selfHosted);
  const jaasState = state(jaas);
  for (const [name, groupState, group] of [["Self-hosted Jitsi JWT", selfHostedState, selfHosted], ["8x8 JaaS", jaasState, jaas]] as const) {
    if (Array.isArray(groupState)) {
      throw new ConfigError(`${name} is half configured: ${Object.keys(group).join(", ")} must all be set (or none); missing ${groupState.join(", ")}.`);
    }
  }
  if (selfHostedState === "complete" && jaasState === "complete") {
    throw new ConfigError("Both self-hosted Jitsi JWT (JITSI_JWT_*) and 8x8 JaaS (JAAS_*) are configured: set one of them.");
  }
  if (selfHostedState === "complete") {
    const base = values.JITSI_BASE_URL.replace(/\/+$/, "");
    return { mode: "self-hosted", appId: selfHosted.JITSI_JWT_APP_ID!, secret: selfHosted.JITSI_JWT_SECRET!, roomBaseUrl: base, subject: new URL(base).hostname };
  }
  if (jaasState === "complete") {
    // Operators often paste a PEM into one line with literal "\n".
    const privateKeyPem = jaas.JAAS_PRIVATE_KEY!.replace(/\\n/g, "\n");
    try {
      const key = crypto.createPrivateKey(privateKeyPem);
      if (key.asymmetricKeyType !== "rsa") throw new Error("not an RSA key");
    } catch {
      throw new ConfigError("JAAS_PRIVATE_KEY must be the RSA private key of your JaaS API key, as PEM (-----BEGIN PRIVATE KEY----- ...).");
    }
    const appId = jaas.JAAS_APP_ID!;
    return { mode: "jaas", appId, keyId: jaas.JAAS_KEY_ID!, privateKeyPem, roomBaseUrl: `https://8x8.vc/${appId}` };
  }
  return null;
}

function missingSecretMessage(isProduction: boolean): string {
  return isProduction
    ? "AUTH_SECRET is not set. It signs sessions and access tokens; set it to a long random " +
        "value (for example `openssl rand -base64 32`) before starting the server."
    : "AUTH_SECRET is not set. `npm run dev` and `npm run demo` write a random one to .env.local; " +
        "or set it yourself (for example `openssl rand -base64 32`).";
}

/** The validated configuration, parsed on first use (never at build time). */
export function env(): Env {
  if (!cached) {
    cached = loadEnv();
    // next-auth reads its own variable; derive it from APP_URL so there is one setting.
    process.env.NEXTAUTH_URL ??= cached.APP_URL;
  }
  return cached;
}
