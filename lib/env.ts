// Configuration, validated once. Nothing else in the app reads process.env.
import { z } from "zod";

const DEV_AUTH_SECRET = "pairline-development-secret-not-for-production-use";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

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
  JOIN_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(3600),
  /** Bearer access tokens from POST /api/v1/auth/token live this long. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 86_400).default(3600),
  /** Failed sign-ins allowed per account and per client address in LOGIN_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Open live-update streams (GET /api/v1/events) per user, across all instances (CONTRACT §14). */
  EVENT_STREAMS_PER_USER: z.coerce.number().int().min(1).default(10),
  /** Seconds between the streams' heartbeat comments (which also renew their leases). */
  EVENT_STREAM_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  /** A stream's lease lives this long unless a heartbeat renews it (a crashed instance's streams free up after it). */
  EVENT_STREAM_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
});

type ParsedEnv = z.infer<typeof envSchema>;

export type Env = Omit<ParsedEnv, "AUTH_SECRET" | "VIDEO_PROVIDER"> & {
  AUTH_SECRET: string;
  VIDEO_PROVIDER: "zoom" | "jitsi";
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
  const values = parsed.data;
  const isProduction = values.NODE_ENV === "production";
  if (!values.AUTH_SECRET && isProduction) {
    throw new ConfigError(
      "AUTH_SECRET is not set. It signs sessions and access tokens; set it to a long random " +
        "value (for example `openssl rand -base64 32`) before starting the server.",
    );
  }
  if (values.AUTH_SECRET && isProduction && values.AUTH_SECRET.length < 32) {
    throw new ConfigError("AUTH_SECRET must be at least 32 characters long.");
  }
  const zoomConfigured = Boolean(values.ZOOM_ACCOUNT_ID && values.ZOOM_CLIENT_ID && values.ZOOM_CLIENT_SECRET);
  const videoProvider = values.VIDEO_PROVIDER ?? (zoomConfigured ? "zoom" : "jitsi");
  if (videoProvider === "zoom" && !zoomConfigured) {
    throw new ConfigError(
      "VIDEO_PROVIDER=zoom needs ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET.",
    );
  }
  return {
    ...values,
    AUTH_SECRET: values.AUTH_SECRET ?? DEV_AUTH_SECRET,
    VIDEO_PROVIDER: videoProvider,
    usesEmbeddedDatabase: !values.DATABASE_URL,
  };
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
