// Helpers for the browser tests: users made through the real API, signed in through the real form.
// Every spec imports `test` and `expect` from here: the test runs with the app's
// Content-Security-Policy enforced, and fails on any violation it reports (README, Browser security and privacy).
import { test as base, expect, type Browser, type BrowserContext, type APIRequestContext, type Page, type Response } from "@playwright/test";

export { expect };

/** The video provider of the server the running test's project talks to ("jitsi" or "zoom": playwright.config.ts). */
export function serverVideo(): "jitsi" | "zoom" {
  return base.info().project.metadata.video as "jitsi" | "zoom";
}

/** CSP violations seen during the current test, in any of its browser contexts. */
const violations: string[] = [];
const watched = new WeakSet<BrowserContext>();
let appOrigin = "";

const CSP_CONSOLE = /Content Security Policy|Refused to (load|execute|apply|frame|connect|evaluate)/i;

/** Reports the context's CSP violations (DOM events and console errors) on the app's own pages. */
async function watchCsp(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding("__pairlineCspViolation", ({ page }, report: string) => {
    if (page.url().startsWith(appOrigin)) violations.push(`${page.url()}: ${report}`);
  });
  // Runs in every page before its own scripts; it is injected by the browser, not the page, so CSP does not block it.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`;
      (window as unknown as { __pairlineCspViolation: (report: string) => void }).__pairlineCspViolation(report);
    });
  });
  const watchPage = (page: Page) =>
    page.on("console", (message) => {
      if (message.type() === "error" && CSP_CONSOLE.test(message.text()) && page.url().startsWith(appOrigin)) violations.push(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
}

/** Hands over (and clears) the violations seen so far: for a test that provokes one on purpose. */
export function takeCspViolations(): string[] {
  return violations.splice(0, violations.length);
}

export const test = base.extend<{ cspGuard: void }, { cspBrowser: void }>({
  // Contexts a spec opens itself (a second person, an anonymous visitor) are watched too.
  cspBrowser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
        const context = await newContext(...args);
        await watchCsp(context);
        return context;
      };
      await use();
      browser.newContext = newContext;
    },
    { scope: "worker", auto: true },
  ],
  cspGuard: [
    async ({ context, baseURL }, use) => {
      appOrigin = new URL(baseURL!).origin;
      violations.length = 0;
      await watchCsp(context);
      await use();
      expect(violations, "Content-Security-Policy violations on the app's pages").toEqual([]);
    },
    { auto: true },
  ],
});

export type E2EUser = { id: number; name: string; email: string; password: string; token: string };

export async function registerUser(request: APIRequestContext, name: string): Promise<E2EUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const password = "pairline-e2e-password";
  const registered = await request.post("/api/v1/auth/register", { data: { email, password, name } });
  expect(registered.status()).toBe(201);
  const { user } = await registered.json();
  const issued = await request.post("/api/v1/auth/token", { data: { email, password } });
  const { access_token } = await issued.json();
  return { id: user.id, name, email, password, token: access_token };
}

export async function befriend(request: APIRequestContext, a: E2EUser, b: E2EUser): Promise<void> {
  const sent = await request.post("/api/v1/friends/requests", { data: { user_id: b.id }, headers: { authorization: `Bearer ${a.token}` } });
  expect(sent.status()).toBe(201);
  const { id } = await sent.json();
  const accepted = await request.post(`/api/v1/friends/requests/${id}/accept`, { headers: { authorization: `Bearer ${b.token}` } });
  expect(accepted.status()).toBe(200);
}

/** A bearer-authenticated POST that must succeed; returns the JSON answer. */
export async function postAs(request: APIRequestContext, user: E2EUser, path: string, data?: unknown): Promise<any> {
  const response = await request.post(path, { headers: { authorization: `Bearer ${user.token}` }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

export async function signIn(page: Page, user: E2EUser): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(user.name);
}

/**
 * Opens `path` and waits until that page's own event stream is connected. Only a stream
 * requested once the new page's answer had begun to arrive counts: the page we leave (just signed
 * in, say) may open its own stream while the navigation is under way, and its answer says
 * nothing about the new page's stream, whose events a test acting then would miss (seen:
 * the signed-in page's stream requested 16 ms after the next navigation began, and
 * answered 300 ms before the new page's).
 */
export async function openLive(page: Page, path: string): Promise<void> {
  const streams: Response[] = [];
  const onResponse = (response: Response) => {
    if (response.url().endsWith("/api/v1/events") && response.status() === 200) streams.push(response);
  };
  page.on("response", onResponse);
  try {
    const navigation = await page.goto(path);
    // The old page lives until the new one's answer starts to arrive (its HTML may stream
    // on for a while): a stream requested after that is the new page's.
    const timing = navigation!.request().timing();
    const answered = timing.startTime + timing.responseStart;
    const connected = () => streams.some((stream) => stream.request().timing().startTime >= answered);
    await expect.poll(connected, { timeout: 15_000 }).toBe(true).catch(() => {
      const seen = streams.map((stream) => `${(stream.request().timing().startTime - timing.startTime).toFixed(0)} ms`).join(", ") || "none";
      throw new Error(`${path}: no event stream requested after the page's answer (${timing.responseStart.toFixed(0)} ms into the navigation); streams seen at: ${seen}`);
    });
  } finally {
    page.off("response", onResponse);
  }
}

/** A signed-in browser context of its own, as a second person on another computer. */
export async function personIn(browser: Browser, user: E2EUser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

/** How far the page scrolls sideways: 0 when everything fits (wide parts scroll inside their own box). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  return Math.max(0, scrollWidth - innerWidth);
}

/** A bearer token for an account made outside the API (the e2e admin). */
export async function tokenFor(request: APIRequestContext, email: string, password: string): Promise<string> {
  const issued = await request.post("/api/v1/auth/token", { data: { email, password } });
  expect(issued.status()).toBe(200);
  return (await issued.json()).access_token;
}
