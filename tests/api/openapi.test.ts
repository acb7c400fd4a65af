// GET /api/v1/openapi.json: a valid OpenAPI 3.1 document that lists exactly the route
// files under app/api/v1 with exactly the methods they serve, and whose examples match
// their own schemas. (Every other API test validates its responses against it.)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { api, createUser } from "../support/api-client";
import { adminUser } from "../support/admin";

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const API_ROOT = path.join(import.meta.dirname, "../../app/api/v1");
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** `app/api/v1/sessions/[id]/start/route.ts` → `/sessions/{id}/start`. */
function routeTemplates(dir = API_ROOT, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "route.ts") found.push(prefix || "/");
    if (entry.isDirectory()) found.push(...routeTemplates(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`));
  }
  return found;
}

async function document() {
  const response = await api("/api/v1/openapi.json");
  expect(response.status).toBe(200);
  return response.body;
}

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists every route file under app/api/v1, and nothing else", async () => {
    const doc = await document();
    const files = routeTemplates().sort();
    expect(files.length).toBeGreaterThan(25);
    expect(Object.keys(doc.paths).sort()).toEqual(files);
  });

  it("documents exactly the methods each route serves (the others answer 405)", async () => {
    const doc = await document();
    const [user, admin] = await Promise.all([createUser("Probe"), adminUser()]);
    const problems: string[] = [];
    for (const template of Object.keys(doc.paths)) {
      // An id no record has: a served method reaches its handler and gets a 4xx, never a 405.
      const probePath = `/api/v1${template.replace(/\{[^}]+\}/g, "2147483000")}`;
      const token = template.startsWith("/admin/") ? admin.token : user.token;
      for (const method of METHODS) {
        const documented = Boolean(doc.paths[template][method]);
        const response = await api(probePath, { method: method.toUpperCase(), token, body: method === "get" || method === "delete" ? undefined : {} });
        if (documented && response.status === 405) problems.push(`${method.toUpperCase()} ${template} is documented but answers 405`);
        if (!documented && response.status !== 405) problems.push(`${method.toUpperCase()} ${template} answers ${response.status} but is not documented`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("names both auth schemes, the /v1 alias, and a shared error schema", async () => {
    const doc = await document();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerAuth", "cookieAuth"]);
    expect(doc.servers.map((server: { url: string }) => server.url)).toEqual(["/api/v1", "/v1"]);
    expect(doc.paths["/sessions/{id}/ready"].post.responses["409"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
    expect(doc.components.schemas.Session.properties.allowed_actions.items).toEqual({ $ref: "#/components/schemas/SessionAction" });
  });

  it("every example matches the schema it illustrates", async () => {
    const doc = await document();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const problems: string[] = [];
    let checked = 0;
    for (const [template, item] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          const media = response.content?.["application/json"];
          if (!media) continue;
          const validate = ajv.compile({ ...media.schema, components: doc.components });
          for (const [name, example] of Object.entries<any>(media.examples ?? {})) {
            checked += 1;
            if (!validate(example.value)) problems.push(`${method} ${template} ${status} ${name}: ${ajv.errorsText(validate.errors)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
