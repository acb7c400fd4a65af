// Sign-in and sign-out from the browser, speaking next-auth's own endpoints
// (/api/auth/csrf, /callback/credentials, /signout) the way next-auth/react's signIn and
// signOut do, without shipping next-auth/react (about 12 KB gzip) to every page.
async function postAuthForm(path: string, fields: Record<string, string>): Promise<{ ok: boolean; error: string | null }> {
  const csrf = await fetch("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
    body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: window.location.href, json: "true" }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  // next-auth answers with the URL it would redirect to; a failure carries ?error=<code>.
  const error = data.url ? new URL(data.url, window.location.href).searchParams.get("error") : null;
  return { ok: response.ok && !error, error };
}

export function signInWithPassword(email: string, password: string) {
  return postAuthForm("/api/auth/callback/credentials", { email, password });
}

export async function signOutHere(): Promise<void> {
  await postAuthForm("/api/auth/signout", {});
}
