// Jitsi needs no account: a meeting is a room name nobody can guess (128 random bits).
import crypto from "node:crypto";
import type { VideoProvider } from "@/lib/video/provider";

export function createJitsiProvider({ baseUrl }: { baseUrl: string }): VideoProvider {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    name: "jitsi",
    async createMeeting() {
      const room = `pairline-${crypto.randomBytes(16).toString("hex")}`;
      return { provider: "jitsi", meetingId: room, joinUrl: `${base}/${room}`, password: null };
    },
    // Rooms vanish when the last person leaves; there is nothing to close.
    async closeMeeting() {
      return { ok: true, detail: "jitsi rooms close by themselves" };
    },
  };
}
