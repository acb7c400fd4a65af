// Prints the API reference as GET /api/v1/openapi.json serves it, built from the route
// declarations directly (no server, no database): `npx tsx scripts/print-openapi.ts`.
// Run without .env files, so the numbers are the defaults of lib/env.ts (README, Abuse limits).
import { openApiDocument } from "@/lib/openapi/document";

process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
