// The API reference reaches every route through lib/openapi/route-index.generated.ts: it
// must list exactly the route files, and every method a route serves must be declared
// (withUser/withAdmin/withPublic), or the route would be missing from the document.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { renderRouteIndex } from "../../scripts/generate-route-index.mjs";
import { routeModules } from "@/lib/openapi/route-index.generated";
import { declarationOf, isMethodNotAllowed } from "@/lib/api/route";
import { collectPaths } from "@/lib/openapi/document";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

describe("the route index", () => {
  it("is up to date with the route files under app/api/v1 (npm run openapi:index)", () => {
    const checkedIn = fs.readFileSync(path.join(import.meta.dirname, "route-index.generated.ts"), "utf8");
    expect(checkedIn).toBe(renderRouteIndex());
  });

  it("every method of every route is either declared or a JSON 405", () => {
    const undeclared: string[] = [];
    for (const { template, module } of routeModules) {
      const served = METHODS.filter((method) => declarationOf(module[method]));
      if (served.length === 0) undeclared.push(`${template}: no declared method`);
      for (const method of METHODS) {
        if (!declarationOf(module[method]) && !isMethodNotAllowed(module[method])) undeclared.push(`${method} ${template}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it("an undeclared handler fails the document", () => {
    const raw = async () => new Response(null);
    expect(() => collectPaths([{ template: "/made-up", module: { GET: raw } }])).toThrow("GET /made-up is served without a declaration");
  });

  it("operation ids are unique, and every operation has a summary, a description and a tag", () => {
    const ids: string[] = [];
    for (const { module } of routeModules) {
      for (const method of METHODS) {
        const declared = declarationOf(module[method]);
        if (!declared) continue;
        const { operationId, summary, description, tags } = declared.declaration;
        ids.push(operationId);
        expect(summary.length, operationId).toBeGreaterThan(0);
        expect(description.length, operationId).toBeGreaterThan(0);
        expect(tags.length, operationId).toBe(1);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
