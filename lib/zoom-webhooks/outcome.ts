import type { WEBHOOK_OUTCOMES } from "@/lib/zoom-webhooks/schemas";

/** What a delivery did: reported back to Zoom (and to tests) in the 200 body. */
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];
