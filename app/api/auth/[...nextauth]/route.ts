// next-auth's own endpoints (sign-in, sign-out, session, CSRF token) for the browser.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { withRequestLog } from "@/lib/api/route";

const handler = withRequestLog((req, context) => NextAuth(authOptions())(req, context as { params: Promise<{ nextauth: string[] }> }));

export { handler as GET, handler as POST };
