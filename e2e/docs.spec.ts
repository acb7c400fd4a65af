// /docs: the API reference renders from the app's own files, with every request to
// another origin blocked, and shows the session endpoints from GET /api/v1/openapi.json.
import { expect, test } from "@playwright/test";

test("/docs renders the API reference offline, with no outside request and no CSP violation", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A CSP refusal (e.g. Ask AI uploading the document) shows as a console error.
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  // Other clients find it from any page's footer.
  await page.goto("/login");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "API reference" })).toHaveAttribute("href", "/docs");
  await page.getByRole("contentinfo").getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/docs$/);

  await expect(page.getByRole("heading", { name: "Pairline API" }).first()).toBeVisible({ timeout: 20_000 });
  // Nothing that calls an outside service: no Ask AI, no MCP.
  await expect(page.getByText("Ask AI")).toHaveCount(0);
  await expect(page.getByText(/Generate MCP|Connect MCP/)).toHaveCount(0);
  // The document's own sections: how to get a bearer token, conditional requests, paging, limits, the stream.
  await page.getByRole("button", { name: "Open Group - Introduction" }).click();
  for (const section of ["Authentication", "Conditional requests (If-None-Match)", "Paging", "Rate limits", "Event stream"]) {
    await expect(page.getByRole("link", { name: section, exact: true }).first()).toBeVisible();
  }
  await page.getByRole("link", { name: "Authentication", exact: true }).first().click();
  await expect(page.getByText(/\/api\/v1\/auth\/token/).first()).toBeVisible();
  // The sidebar's Sessions group lists the seed's endpoints; one of them opens its reference.
  await page.getByRole("button", { name: "Open Group - Sessions" }).click();
  for (const summary of ["Create a pending session with a friend", "Start: create the meeting, post the chat card", "Mark yourself ready", "May you join now, and if not, why", "A one-time join link, only when you may join", "Redeem a join token for the meeting", "End the session", "Cancel the session", "The session's audit trail"]) {
    await expect(page.getByRole("link", { name: summary }).first()).toBeVisible();
  }
  await page.getByRole("link", { name: "May you join now, and if not, why" }).first().click();
  await expect(page).toHaveURL(/#tag\/sessions\/GET\/sessions\/\{id\}\/join-eligibility$/);
  await expect(page.getByText("/sessions/{id}/join-eligibility").first()).toBeVisible();

  expect(outside).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
