// GET /api/metrics – Prometheus metrics for operators (README, Operations, "Metrics"):
// only with `Authorization: Bearer {METRICS_TOKEN}`; a 404 when METRICS_TOKEN is unset.
import crypto from "node:crypto";
import { routes, withPublic } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { scrape } from "@/lib/metrics/collect";

/** Compares digests, so the time taken says nothing about how much of the token matched. */
function sameToken(sent: string, expected: string): boolean {
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest();
  return crypto.timingSafeEqual(digest(sent), digest(expected));
}

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(
    {
      operationId: "metrics",
      summary: "Prometheus metrics",
      description: "Prometheus text format, with `Authorization: Bearer {METRICS_TOKEN}`; a 404 when METRICS_TOKEN is unset.",
      tags: ["Operations"],
      responses: { 200: { description: "The metrics, in Prometheus text format." } },
      errors: ["not_authenticated"],
      db: "lazy",
      quiet: true,
    },
    async ({ req }) => {
      const token = env().METRICS_TOKEN;
      if (!token) throw new AppError("not_found");
      const sent = /^Bearer (.+)$/i.exec(req.headers.get("authorization") ?? "")?.[1]?.trim();
      if (!sent || !sameToken(sent, token)) throw new AppError("not_authenticated");
      const { contentType, body } = await scrape();
      return new Response(body, { status: 200, headers: { "content-type": contentType, "cache-control": "no-store" } });
    },
  ),
});
