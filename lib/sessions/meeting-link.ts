// Where a redeemed join token sends its holder (README, The gate, enforced by the provider).
// Zoom with registration: their own registrant URL. Jitsi with JWT: the room with a token
// minted now, for them only, that expires in minutes. Otherwise the meeting's URL.
// Called only once the gate has let this person through; nothing here checks it again.
import { env } from "@/lib/env";
import { meetingUrlFor, type SessionRow } from "@/lib/sessions/dto";
import type { Side } from "@/lib/sessions/rules";
import { jitsiRoomUrl, mintMeetingJwt } from "@/lib/video/meeting-jwt";

export async function meetingLinkFor({ session, side, user }: { session: SessionRow; side: Side; user: { id: number; name: string } }): Promise<string | null> {
  const url = meetingUrlFor(session, side);
  const config = env();
  const jwt = config.jitsiJwt;
  if (session.videoProvider !== "jitsi" || !jwt || !session.zoomMeetingId || !url) return url;
  // A room made before JWT was configured (or in the other mode) lives elsewhere: a token would mean nothing there.
  if (url !== jitsiRoomUrl(jwt, session.zoomMeetingId)) return url;
  const token = await mintMeetingJwt({ config: jwt, room: session.zoomMeetingId, user, ttlSeconds: config.MEETING_JWT_TTL_SECONDS });
  return `${url}?jwt=${token}`;
}
