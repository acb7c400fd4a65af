// next-auth's own endpoints (sign-in, sign-out, session, CSRF token) for the browser.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { withSecurityHeaders } from "@/lib/api/security-headers";

async function handler(req: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return withSecurityHeaders(await NextAuth(authOptions())(req, context));
}

export { handler as GET, handler as POST };
