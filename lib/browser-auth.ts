// The two next-auth calls the browser makes, sign in with a password and sign out,
// without next-auth/react: through the header's Sign out button that module put ~10 KB
// of gzip JavaScript on every page for two form posts (README, Capacity: page weight).
// Same calls and answers as next-auth/react's signIn/signOut with `redirect: false`:
// fetch a CSRF token, then post the form to next-auth's own endpoints under /api/auth.

type SignInResult = { ok: boolean; status: number; error: string | null; url: string | null };

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { cache: "no-store" });
  const body = (await response.json()) as { csrfToken?: string };
  if (!body.csrfToken) throw new Error("No CSRF token from /api/auth/csrf");
  return body.csrfToken;
}

async function postForm(path: string, fields: Record<string, string>): Promise<{ response: Response; url: URL | null }> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: "true" }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return { response, url: body.url ? new URL(body.url, window.location.href) : null };
}

/** Signs in with the credentials provider; `error` is next-auth's code or the message the sign-in gave. */
export async function signIn(provider: "credentials", options: { email: string; password: string; redirect: false }): Promise<SignInResult> {
  const { response, url } = await postForm(`/api/auth/callback/${provider}`, { email: options.email, password: options.password });
  const error = url?.searchParams.get("error") ?? (response.ok ? null : "CredentialsSignin");
  return { ok: response.ok, status: response.status, error, url: error ? null : (url?.href ?? null) };
}

/** Ends this browser's session (clears the session cookie). */
export async function signOut(_options: { redirect: false }): Promise<void> {
  const { response } = await postForm("/api/auth/signout", {});
  if (!response.ok) throw new Error(`Sign-out failed: ${response.status}`);
}
