// Authentication: next-auth (Credentials provider, JWT strategy) for browsers, and
// bearer access tokens for API clients. Both resolve to the same AuthUser.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getToken } from "next-auth/jwt";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { UserRow } from "@/lib/accounts/dto";
import { loadAuthUser } from "@/lib/accounts/load-auth-user";
import { rememberVerified } from "@/lib/accounts/verified-tokens";
import { tokenBody } from "@/lib/accounts/schemas";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { isTokenVersion, verifyAccessToken } from "@/lib/accounts/access-token";
import { clientAddress } from "@/lib/api/client-address";
import { parseCookies } from "@/lib/api/cookies";

export type AuthUser = UserRow & {
  via: "cookie" | "bearer";
  /** When the credential stops being valid (ms since the epoch): an event stream ends then. */
  credentialExpiresAt: number | null;
};

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = tokenBody.safeParse({ email: credentials?.email, password: credentials?.password });
          if (!parsed.success) return null;
          const headers = new Headers(req.headers as Record<string, string>);
          try {
            const user = await verifyCredentials({
              db: await getDb(),
              email: parsed.data.email,
              password: parsed.data.password,
              clientAddress: clientAddress(headers),
            });
            return { id: String(user.id), email: user.email, name: user.name, tokenVersion: user.tokenVersion };
          } catch (error) {
            if (error instanceof AppError && error.code === "invalid_credentials") return null;
            // next-auth hands a thrown message to the sign-in form: "rate_limited: Too many
            // failed sign-in attempts. Try again in 15 minutes." (components/auth/login-form.tsx).
            if (error instanceof AppError) throw new Error(`${error.code}: ${error.message}`);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // The cookie carries the token version it was signed in under (see signedInUser).
        if (user) Object.assign(token, { sub: user.id, ver: (user as { tokenVersion?: number }).tokenVersion });
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user as SessionClaims, { id: token.sub, tokenVersion: token.ver });
        return session;
      },
    },
  };
}

type SessionClaims = { id?: string; tokenVersion?: unknown };

// Cached and evicted by the change feed (lib/accounts/load-auth-user.ts).
async function loadUser(id: number) {
  return loadAuthUser(id);
}

/** The 401 a disabled account's old credential gets: the page's signed-out notice says why. */
const accountDisabled = () => new AppError("not_authenticated", "This account has been disabled by an administrator.", { reason: "account_disabled" });

/** What a credential issued before the last token-version bump is told (the notice and sign-in page word it for people). */
const REVOKED_MESSAGES = {
  password_changed: "The password was changed: sign in again with the new one.",
  signed_out_everywhere: "Signed out everywhere: sign in again.",
  role_changed: "An administrator changed this account's role: sign in again.",
} as const;
const revoked = (reason: keyof typeof REVOKED_MESSAGES) => new AppError("not_authenticated", REVOKED_MESSAGES[reason], { reason });

/**
 * The user a credential (cookie or bearer token) names, if it is still good: a password
 * change or "sign out everywhere" bumps the user's token version, and every credential
 * issued under an older one is refused from then on. A credential from before versions
 * existed carries none; every user was at version 0 then.
 */
async function signedInUser(sub: unknown, version: unknown): Promise<UserRow | null> {
  const userId = Number(sub);
  if (!Number.isInteger(userId) || userId <= 0 || !isTokenVersion(version)) return null;
  const user = await loadUser(userId);
  if (user?.status === "disabled") throw accountDisabled();
  if (!user) return null;
  if (user.tokenVersion === version) return user;
  // Older than the last bump: say why, when the bump recorded it; a newer version is a forgery or another database.
  if (version < user.tokenVersion && user.signedOutReason) throw revoked(user.signedOutReason);
  return null;
}

/** The caller of an API request: a bearer token if one is sent, else the session cookie. */
export async function authenticateRequest(req: Request): Promise<AuthUser | null> {
  const authorization = req.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const claims = match ? await verifyAccessToken(match[1]!) : null;
    const user = claims ? await signedInUser(claims.userId, claims.tokenVersion) : null;
    // A bad bearer token is a 401 even if a cookie is present: never guess the caller.
    return user ? { ...user, via: "bearer", credentialExpiresAt: claims!.expiresAt } : null;
  }
  const cookies = parseCookies(req.headers.get("cookie"));
  const secureCookie = env().APP_URL.startsWith("https://");
  // next-auth's cookie, possibly in chunks (name.0, name.1, ...); no cookie, no caller.
  const cookieName = `${secureCookie ? "__Secure-" : ""}next-auth.session-token`;
  const sessionCookie = Object.keys(cookies)
    .filter((name) => name === cookieName || name.startsWith(`${cookieName}.`))
    .sort()
    .map((name) => cookies[name])
    .join("|");
  if (!sessionCookie) return null;
  const token = await rememberVerified(`cookie:${sessionCookie}`, () =>
    getToken({
      req: { headers: Object.fromEntries(req.headers.entries()), cookies } as never,
      secret: env().AUTH_SECRET,
      secureCookie,
    }),
  );
  const user = token ? await signedInUser(token.sub, token.ver ?? 0) : null;
  return user ? { ...user, via: "cookie", credentialExpiresAt: typeof token?.exp === "number" ? token.exp * 1000 : null } : null;
}

function signedOutIfRefused(error: unknown): null {
  if (error instanceof AppError && error.code === "not_authenticated") return null;
  throw error;
}

/** The signed-in user for server components, cached per request. */
export const currentUser = cache(async (): Promise<UserRow | null> => {
  const session = await getServerSession(authOptions());
  const claims = session?.user as SessionClaims | undefined;
  // A page renders signed out for a disabled account; the API says why.
  return claims ? signedInUser(claims.id, claims.tokenVersion ?? 0).catch(signedOutIfRefused) : null;
});
