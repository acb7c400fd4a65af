// /docs – the API reference, rendered in the browser by Scalar from GET /api/v1/openapi.json.
// Everything comes from this app: the Scalar bundle is served by app/docs/scalar.js, and
// its default web fonts are off, so the page makes no request to another origin.
import type { Metadata } from "next";
import { headers } from "next/headers";

export const metadata: Metadata = { title: "API reference" };

const CONFIGURATION = { withDefaultFonts: false, layout: "classic", hideClientButton: true, telemetry: false, showDeveloperTools: "never" };

export default async function DocsPage() {
  // Set by proxy.ts for the page's Content-Security-Policy; absent without it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // Scalar mounts its interface beside its script, inside this element (the
    // accessibility pass checks the page around it: e2e/pages.spec.ts).
    <div data-vendored="scalar" className="-mx-4 sm:-mx-8">
      <h1 className="sr-only">Pairline API reference</h1>
      <script id="api-reference" data-url="/api/v1/openapi.json" data-configuration={JSON.stringify(CONFIGURATION)} nonce={nonce} />
      <script src="/docs/scalar.js" nonce={nonce} async />
    </div>
  );
}
