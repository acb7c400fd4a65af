// Every response an API test receives is checked against the OpenAPI document the server
// serves (GET /api/v1/openapi.json): the route and method must be documented, the status
// must be one the operation lists, and the body must match that status's schema (closed
// objects refuse unknown fields). A response the document does not describe fails the test.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

type Json = Record<string, any>;
type Route = { template: string; pattern: RegExp; params: number };

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const METHODS = new Set(["get", "post", "put", "patch", "delete"]);

class ResponseContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly doc: Json) {
    addFormats(this.ajv);
    this.routes = Object.keys(doc.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
        params: (template.match(/\{/g) ?? []).length,
      }))
      // A static segment wins over a parameter, as in Next's router (/sessions/create vs /sessions/{id}).
      .sort((a, b) => a.params - b.params);
  }

  /** The document's path for a request path, or null when it is not an API v1 path at all. */
  route(pathname: string): { template: string | null } | null {
    const match = /^(?:\/api)?\/v1(\/.*)?$/.exec(pathname);
    if (!match) return null;
    const relative = (match[1] ?? "/").replace(/\/+$/, "") || "/";
    return { template: this.routes.find((route) => route.pattern.test(relative))?.template ?? null };
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({ ...schema, components: this.doc.components });
      this.validators.set(key, validate);
    }
    return validate;
  }

  private checkBody(what: string, key: string, schema: Json, text: string): void {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${what}: the body is not JSON: ${text.slice(0, 200)}`);
    }
    const validate = this.validator(key, schema);
    if (!validate(body)) {
      throw new Error(`${what}: the body does not match the document: ${this.ajv.errorsText(validate.errors, { separator: "; " })}\n${text.slice(0, 500)}`);
    }
  }

  /** Throws when the response is not what the document describes. */
  check(method: string, url: string, status: number, text: string): void {
    const lower = method.toLowerCase();
    if (!METHODS.has(lower)) return;
    const { pathname } = new URL(url);
    const found = this.route(pathname);
    if (!found) return; // not the JSON API (pages, next-auth)
    const what = `${method} ${pathname} → ${status}`;
    // Node's HTTP parser refuses oversized headers before any route runs: no app answer to document.
    if (status === 431 && text === "") return;
    const errorSchema = { $ref: "#/components/schemas/Error" };
    if (!found.template) {
      // No route file: the catch-all answers a JSON 404.
      if (status !== 404) throw new Error(`${what}: a path the document does not list answered ${status}`);
      return this.checkBody(what, "unknown-path", errorSchema, text);
    }
    const item = this.doc.paths[found.template];
    const operation = item[lower];
    if (!operation) {
      // Admin paths answer anyone but an admin as they answer any request (401, or the
      // 404 of an unknown path), whatever the method.
      const adminPath = Object.values<Json>(item).some((other) => other.tags?.includes("Admin"));
      const allowed = adminPath ? [405, 401, 404] : [405];
      if (!allowed.includes(status)) throw new Error(`${what}: ${method} is not documented for ${found.template}, yet it answered ${status}`);
      return this.checkBody(what, "method-not-allowed", errorSchema, text);
    }
    const response = operation.responses[String(status)];
    if (!response) {
      throw new Error(`${what}: the document lists ${Object.keys(operation.responses).join(", ")} for ${method} ${found.template}, not ${status}: ${text.slice(0, 300)}`);
    }
    // An event stream (GET /events) is documented by its media type; its events are checked by the tests that read them.
    if (response.content?.["text/event-stream"]) return;
    // An iCalendar file is checked by the tests that parse it (tests/api/schedule-calendar.test.ts).
    if (response.content?.["text/calendar"]) {
      if (!text.startsWith("BEGIN:VCALENDAR")) throw new Error(`${what}: the document says text/calendar, got: ${text.slice(0, 200)}`);
      return;
    }
    const schema = response.content?.["application/json"]?.schema;
    if (!schema) {
      if (text !== "") throw new Error(`${what}: the document says no body, got: ${text.slice(0, 200)}`);
      return;
    }
    this.checkBody(what, `${lower} ${found.template} ${status}`, schema, text);
  }
}

const loaded = new Map<string, Promise<ResponseContract>>();

/** The contract of the server at `baseUrl`, fetched once per test file. */
export function responseContract(baseUrl: string): Promise<ResponseContract> {
  let contract = loaded.get(baseUrl);
  if (!contract) {
    contract = (async () => {
      const response = await fetch(`${baseUrl}/api/v1/openapi.json`);
      if (response.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.status}`);
      return new ResponseContract((await response.json()) as Json);
    })();
    loaded.set(baseUrl, contract);
  }
  return contract;
}

/** For tests that call `fetch` themselves: the same check `api()` makes. */
export async function expectDocumented(method: string, url: string, response: Response): Promise<string> {
  const text = await response.text();
  (await responseContract(new URL(url).origin)).check(method, url, response.status, text);
  return text;
}
