import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "@/lib/env";

const ZOOM = { ZOOM_ACCOUNT_ID: "acct", ZOOM_CLIENT_ID: "id", ZOOM_CLIENT_SECRET: "secret" };

describe("loadEnv", () => {
  it("uses the embedded database and Jitsi with nothing configured", () => {
    const env = loadEnv({ NODE_ENV: "development" });
    expect(env.usesEmbeddedDatabase).toBe(true);
    expect(env.VIDEO_PROVIDER).toBe("jitsi");
    expect(env.JOIN_TOKEN_TTL_SECONDS).toBe(3600);
    expect(env.ZOOM_USER_ID).toBe("me");
    // Above nginx's and most load balancers' 60 s idle timeout (README, Operations).
    expect(env.KEEP_ALIVE_TIMEOUT_MS).toBe(65_000);
    expect(env.CHANGE_FEED_LIVENESS_MS).toBe(3_000);
  });

  it("defaults to Zoom when all three Zoom credentials are set", () => {
    expect(loadEnv({ NODE_ENV: "development", ...ZOOM }).VIDEO_PROVIDER).toBe("zoom");
    expect(loadEnv({ NODE_ENV: "development", ZOOM_ACCOUNT_ID: "a", ZOOM_CLIENT_ID: "b" }).VIDEO_PROVIDER).toBe("jitsi");
    expect(loadEnv({ NODE_ENV: "development", ...ZOOM, VIDEO_PROVIDER: "jitsi" }).VIDEO_PROVIDER).toBe("jitsi");
  });

  it("refuses VIDEO_PROVIDER=zoom without credentials", () => {
    expect(() => loadEnv({ NODE_ENV: "development", VIDEO_PROVIDER: "zoom" })).toThrow(ConfigError);
  });

  it("has no built-in AUTH_SECRET: reading a missing one throws, in every mode", () => {
    for (const NODE_ENV of ["development", "test", "production"] as const) {
      // The rest of the configuration loads (scripts that only need the database work)...
      const env = loadEnv({ NODE_ENV, AUTH_SECRET: "" });
      // ...but anything that signs or verifies gets a clear error instead of a default.
      expect(() => env.AUTH_SECRET).toThrow(ConfigError);
      expect(() => env.AUTH_SECRET).toThrow(/AUTH_SECRET is not set/);
    }
    expect(() => loadEnv({ NODE_ENV: "development" }).AUTH_SECRET).toThrow(/npm run dev/);
  });

  it("uses the configured AUTH_SECRET, at least 32 characters in production", () => {
    expect(loadEnv({ NODE_ENV: "development", AUTH_SECRET: "short-but-set" }).AUTH_SECRET).toBe("short-but-set");
    expect(() => loadEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
    expect(loadEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).AUTH_SECRET).toBe("x".repeat(32));
  });

  it("names every invalid variable", () => {
    const attempt = () => loadEnv({ NODE_ENV: "development", DATABASE_URL: "mysql://x", APP_URL: "not a url", JOIN_TOKEN_TTL_SECONDS: "soon" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/APP_URL/);
      expect((error as Error).message).toMatch(/JOIN_TOKEN_TTL_SECONDS/);
    }
  });

  it("treats empty strings as unset (as in a copied .env.example)", () => {
    const env = loadEnv({ NODE_ENV: "development", DATABASE_URL: "", VIDEO_PROVIDER: "", AUTH_SECRET: "" });
    expect(env.usesEmbeddedDatabase).toBe(true);
    expect(env.VIDEO_PROVIDER).toBe("jitsi");
  });

  describe("the gate, enforced by the provider", () => {
    const pem = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const JAAS = { JAAS_APP_ID: "vpaas-magic-cookie-abc", JAAS_KEY_ID: "vpaas-magic-cookie-abc/k1", JAAS_PRIVATE_KEY: pem };

    it("no JWT mode and no registration by default", () => {
      const env = loadEnv({ NODE_ENV: "development", APP_URL: "https://pairline.example.com/app" });
      expect(env.jitsiJwt).toBeNull();
      expect(env.ZOOM_REGISTRATION).toBe(false);
      expect(env.MEETING_JWT_TTL_SECONDS).toBe(300);
      expect(env.zoomRegistrantEmailDomain).toBe("pairline.example.com");
    });

    it("self-hosted: rooms at JITSI_BASE_URL, the subject its host", () => {
      const env = loadEnv({ NODE_ENV: "development", JITSI_BASE_URL: "https://meet.example.org/", JITSI_JWT_APP_ID: "app", JITSI_JWT_SECRET: "s3cret" });
      expect(env.jitsiJwt).toEqual({ mode: "self-hosted", appId: "app", secret: "s3cret", roomBaseUrl: "https://meet.example.org", subject: "meet.example.org" });
    });

    it("JaaS: rooms at 8x8.vc/{app id}; a one-line PEM with literal \\n works", () => {
      const env = loadEnv({ NODE_ENV: "development", ...JAAS, JAAS_PRIVATE_KEY: pem.replaceAll("\n", "\\n") });
      expect(env.jitsiJwt).toMatchObject({ mode: "jaas", appId: JAAS.JAAS_APP_ID, keyId: JAAS.JAAS_KEY_ID, privateKeyPem: pem, roomBaseUrl: "https://8x8.vc/vpaas-magic-cookie-abc" });
    });

    it.each([
      ["the self-hosted secret alone", { JITSI_JWT_SECRET: "s" }, /Self-hosted Jitsi JWT is half configured.*missing JITSI_JWT_APP_ID/],
      ["JaaS without a key id", { ...JAAS, JAAS_KEY_ID: "" }, /8x8 JaaS is half configured.*missing JAAS_KEY_ID/],
      ["both modes", { ...JAAS, JITSI_JWT_APP_ID: "app", JITSI_JWT_SECRET: "s" }, /set one of them/],
      ["a JaaS key that is not RSA", { ...JAAS, JAAS_PRIVATE_KEY: crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString() }, /RSA private key/],
      ["a registrant domain that is not one", { ZOOM_REGISTRANT_EMAIL_DOMAIN: "not a domain" }, /ZOOM_REGISTRANT_EMAIL_DOMAIN/],
      ["ZOOM_REGISTRATION that is not a boolean", { ZOOM_REGISTRATION: "yes" }, /ZOOM_REGISTRATION/],
    ])("refuses %s", (_label, values, message) => {
      expect(() => loadEnv({ NODE_ENV: "development", ...values })).toThrow(ConfigError);
      expect(() => loadEnv({ NODE_ENV: "development", ...values })).toThrow(message);
    });
  });

  it("refuses the test clock (TEST_CLOCK_FILE) unless APP_URL is a loopback address", () => {
    for (const appUrl of ["https://pairline.example.com", "http://10.0.0.5:3000", "http://localhost.example.com"]) {
      expect(() => loadEnv({ NODE_ENV: "production", APP_URL: appUrl, TEST_CLOCK_FILE: "/tmp/clock" }), appUrl).toThrow(/TEST_CLOCK_FILE .* refused unless APP_URL is a loopback address/);
    }
    for (const appUrl of ["http://localhost:3000", "http://127.0.0.1:4000", "http://[::1]:3000"]) {
      expect(loadEnv({ NODE_ENV: "production", APP_URL: appUrl, TEST_CLOCK_FILE: "/tmp/clock" }).TEST_CLOCK_FILE, appUrl).toBe("/tmp/clock");
    }
    expect(loadEnv({ NODE_ENV: "production", APP_URL: "https://pairline.example.com", TEST_CLOCK_FILE: "" }).TEST_CLOCK_FILE).toBeUndefined();
  });
});
