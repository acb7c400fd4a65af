// Server side of lib/video/presence-source.ts: which entry describes a stored meeting. A
// Jitsi meeting reports joins and leaves only on 8x8 JaaS with its webhook secret set
// (README, The gate, enforced by the provider); self-hosted and meet.jit.si report nothing.
import { env } from "@/lib/env";
import { reportsPresence } from "@/lib/video/presence-source";

export function meetingSource(videoProvider: string | null): string | null {
  if (videoProvider !== "jitsi") return videoProvider;
  const config = env();
  return config.jitsiJwt?.mode === "jaas" && Boolean(config.JAAS_WEBHOOK_SECRET) ? "jaas" : "jitsi";
}

export function meetingReportsPresence(videoProvider: string | null): boolean {
  return reportsPresence(meetingSource(videoProvider));
}
