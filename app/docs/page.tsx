// /docs – the API reference, rendered in the browser by Scalar from the OpenAPI document.
// Everything comes from this app: the Scalar bundle is served by app/docs/scalar.js, and
// its default web fonts are off, so the page makes no request to another origin. Every
// feature that talks to an outside service is off too: Ask AI (it uploads this document
// to Scalar's agent), MCP, telemetry, the developer tools.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { api } from "@/lib/swr/api";

export const metadata: Metadata = { title: "API reference" };

// Scalar's light theme greys muted text and method labels below WCAG AA contrast (4.5:1);
// these darker shades pass it. The classic layout nests buttons in its disclosure
// buttons, which assistive technology cannot reach; the modern one does not.
const ACCESSIBLE_COLOURS = `.light-mode {
  --scalar-color-2: #595959; --scalar-color-3: #666666;
  --scalar-color-green: #047857; --scalar-color-blue: #1d4ed8; --scalar-color-orange: #b45309;
  --scalar-color-red: #b91c1c; --scalar-color-purple: #6d28d9; --scalar-color-yellow: #a16207;
}`;

const CONFIGURATION = {
  withDefaultFonts: false,
  layout: "modern",
  hideClientButton: true,
  telemetry: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
  mcp: { disabled: true },
  // Examples and "Try it" authenticate with a bearer token (how to get one: the document's Authentication section).
  authentication: { preferredSecurityScheme: "bearerAuth" },
  customCss: ACCESSIBLE_COLOURS,
};

export default async function DocsPage() {
  // Set by proxy.ts for the page's Content-Security-Policy; absent without it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // Scalar mounts its interface beside its script, inside this element.
    <div className="-mx-4 sm:-mx-8">
      <h1 className="sr-only">Pairline API reference</h1>
      <script id="api-reference" data-url={api.openApiUrl} data-configuration={JSON.stringify(CONFIGURATION)} nonce={nonce} />
      <script src="/docs/scalar.js" nonce={nonce} async />
    </div>
  );
}
