// The API reference: an OpenAPI 3.1 document collected from what every route under
// app/api/v1 declares beside its handler (lib/api/operation.ts), with the zod schemas that
// validate its requests and type its responses. Served at GET /api/v1/openapi.json and
// rendered at /docs. tests/api/openapi.test.ts checks that it lists exactly the route
// files and the methods they serve, and every API test validates the responses it
// receives against it.
import { env } from "@/lib/env";
import { createDocument, type ZodOpenApiObject, type ZodOpenApiPathItemObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { declarationOf, isMethodNotAllowed } from "@/lib/api/route";
import { operation } from "@/lib/openapi/operations";
import { routeModules } from "@/lib/openapi/route-index.generated";
import { sessionRulesMarkdown } from "@/lib/openapi/session-rules";
import type { Tag } from "@/lib/api/operation";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Each route module's served methods, from their declarations; a served method without one is a bug. */
export function collectPaths(modules = routeModules): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const { template, module } of modules) {
    const item: ZodOpenApiPathItemObject = {};
    for (const method of METHODS) {
      const handler = module[method];
      const declared = declarationOf(handler);
      if (declared) item[method.toLowerCase() as Lowercase<typeof method>] = operation(method.toLowerCase(), declared);
      else if (handler !== undefined && !isMethodNotAllowed(handler)) throw new Error(`${method} ${template} is served without a declaration (withUser/withAdmin/withPublic).`);
    }
    paths[template] = item;
  }
  return paths;
}

const DESCRIPTION = `1-on-1 video sessions between approved friends: friends, chat, sessions with a waiting room, one-time join links, an audit log.

- JSON in and out, \`snake_case\`, integer ids, ISO-8601 UTC timestamps.
- A trailing slash is optional on every path and never redirects. The same paths under \`/v1/...\` (\`/v1/sessions/...\`) work too: a rewrite of \`/api/v1/...\` (second server below).
- Errors are always \`{"error": {"code", "message"}}\`; validation errors add \`fields\` (field name → what is wrong). A method a path does not serve is a 405 \`method_not_allowed\` with an \`Allow\` header. Clients branch on \`code\`; \`message\` is for people.
- Bodies are \`application/json\` (415 otherwise) of at most 64 KiB (413).
- The session rules (who may join when, the state machine) are under the **Sessions** tag; \`allowed_actions\` on each session says what the caller may do now.

## Authentication

Send \`Authorization: Bearer <access_token>\` (the examples here do). Get a token with your email and password:

\`\`\`sh
curl -X POST https://<this server>/api/v1/auth/token \\
  -H 'Content-Type: application/json' \\
  -d '{"email": "you@example.com", "password": "..."}'
\`\`\`

The answer's \`access_token\` expires (\`expires_in\` seconds); ask for a new one then. A password change or "sign out everywhere" revokes every token at once. The browser's own session cookie works too, but only this app's pages can get one; cookie-authenticated writes from another origin get 403 \`csrf_rejected\`.

## Conditional requests (If-None-Match)

Reads that are polled (marked with an \`ETag\` response header) answer 304 Not Modified with no body when you send the last \`ETag\` back as \`If-None-Match\`. Poll cheaply that way.

## Paging

Lists that can grow are cursor-paged: when there is more, a \`Link: <...>; rel="next"\` header names the next page. Follow it as is; do not build cursors yourself.

## Rate limits

Abuse limits answer 429 \`rate_limited\` with \`Retry-After\` (seconds). Each operation states its limits in its description and as \`x-rate-limit\`.

## Event stream

\`GET /events\` is a Server-Sent Events stream for the signed-in user (cookie or bearer). Events carry ids only (\`session.updated\`, \`message.created\`, \`friend_request.updated\`, \`friendship.updated\`, \`presence\`, \`counts\`); refetch what an event names. A comment heartbeat comes every 20 s. Polling the same endpoints stays valid.`;

const TAGS: { name: Tag; description: string }[] = [
  { name: "Accounts", description: "Registration, bearer tokens, your password and credentials, finding people." },
  { name: "Friends", description: "Friend requests and friendships: sessions and chat are only possible between friends." },
  { name: "Chat", description: "One conversation per pair of friends; a started session posts a card into it." },
  { name: "Sessions", description: `The waiting room: create, start, ready, join, end, cancel.\n\n${sessionRulesMarkdown()}` },
  { name: "Admin", description: "Admins only. Anyone else gets the 404 an unknown path gets." },
  { name: "Live", description: "The event stream (Server-Sent Events); the header's counts are also under Accounts." },
  { name: "Webhooks", description: "Calls from the video provider, authenticated by its signature." },
  { name: "Reference", description: "This document." },
];

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  const spec: ZodOpenApiObject = {
    openapi: "3.1.0",
    info: {
      title: "Pairline API",
      version: "1.0.0",
      description: DESCRIPTION,
      // Not open source (package.json is private); this deployment is where to ask.
      license: { name: "Proprietary (all rights reserved)", identifier: "LicenseRef-Proprietary" },
      contact: { name: "Pairline", url: env().APP_URL },
    },
    servers: [
      { url: "/api/v1", description: "This app" },
      { url: "/v1", description: "The same paths under /v1: a rewrite to /api/v1 (not a redirect)" },
    ],
    tags: TAGS,
    components: {
      securitySchemes: {
        cookieAuth: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The browser's session (next-auth, JWT). Named `__Secure-next-auth.session-token` when the app is served over https.",
        },
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "`access_token` from `POST /auth/token` with your email and password (HS256, expires; see Authentication above).",
        },
      },
    },
    paths: collectPaths(),
  };
  cached ??= createDocument(spec);
  return cached;
}
