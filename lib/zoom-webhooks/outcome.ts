/** What a delivery did: reported back to Zoom (and to tests) in the 200 body. */
export type WebhookOutcome = "recorded" | "duplicate" | "ignored";
