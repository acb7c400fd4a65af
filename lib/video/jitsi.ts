// Jitsi needs no account: a meeting is a room name nobody can guess (128 random bits).
import crypto from "node:crypto";
import type { VideoProvider } from "@/lib/video/provider";

export function createJitsiProvider({ baseUrl }: { baseUrl: string }): VideoProvider {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    name: "jitsi",
    async createMeeting() {
      // Lower case: Jitsi lower-cases room names, and a JWT's `room` claim must match.
      const room = `pairline-${crypto.randomBytes(16).toString("hex")}`.toLowerCase();
      return { provider: "jitsi", meetingId: room, joinUrl: `${base}/${room}`, password: null, registrants: [] };
    },
    // Rooms vanish when the last person leaves; there is nothing to close.
    async closeMeeting() {
      return { ok: true, detail: "jitsi rooms close by themselves" };
    },
  };
}
