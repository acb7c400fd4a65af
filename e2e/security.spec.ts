// README, Browser security and privacy in the browser: hostile callbackUrls land on the app, the headers are
// there, and the policy really blocks (and the suite really notices) an injected script.
import { expect, registerUser, takeCspViolations, test } from "./support";

const HOSTILE_CALLBACKS: [string, string][] = [
  ["a tab the browser would strip", "/\t/evil.example"],
  ["a newline", "/\n/evil.example"],
  ["a protocol-relative URL", "//evil.example"],
  ["a backslash", "/\\evil.example"],
  ["another origin", "https://other.example/"],
  ["an encoded variant", "/%2F%2Fevil.example"],
  ["a script URL", "javascript:alert(document.domain)"],
];

for (const [label, callbackUrl] of HOSTILE_CALLBACKS) {
  test(`sign-in with a hostile callbackUrl (${label}) lands on the app`, async ({ page, request, baseURL }) => {
    const user = await registerUser(request, "Callback Tester");
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toHaveText(user.name);
    expect(page.url()).toBe(`${new URL(baseURL!).origin}/`);
  });
}

test("a same-origin callbackUrl is still honoured", async ({ page, request, baseURL }) => {
  const user = await registerUser(request, "Callback Friend");
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/sessions?status=active")}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/sessions?status=active`);
});

test("the headers on a page, an API response and /join/...", async ({ page, request }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(headers["content-security-policy"]).toContain(directive);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  const apiResponse = await request.get("/api/v1/users/me");
  expect(apiResponse.status()).toBe(401);
  expect(apiResponse.headers()["x-content-type-options"]).toBe("nosniff");
  expect(apiResponse.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(apiResponse.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  const join = await page.goto("/join/not-a-real-token");
  // The join page sends the visitor to sign in; both answers keep the link out of any Referer.
  const first = join!.request().redirectedFrom() ?? join!.request();
  expect((await first.response())!.headers()["referrer-policy"]).toBe("no-referrer");
  expect((await first.response())!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the policy blocks injected inline script, and the suite sees the violation", async ({ page }) => {
  await page.goto("/login");
  // What an HTML injection would try: an inline event handler, which needs 'unsafe-inline'.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" onerror="window.__injected = true">'));
  await expect.poll(() => takeCspViolations().join("\n")).toContain("script-src");
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("the app cannot be framed by another page", async ({ page, baseURL }) => {
  // A page that is not the app (about:blank) frames the sign-in page: frame-ancestors 'none' refuses it.
  const refused = page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()));
  await page.setContent(`<iframe id="app" src="${baseURL}/login"></iframe>`);
  expect((await refused).text()).toContain("frame-ancestors 'none'");
  await expect(page.frameLocator("#app").getByRole("button", { name: "Sign in" })).toHaveCount(0);
});
