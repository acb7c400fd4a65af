// The session a Zoom meeting belongs to. Zoom reuses no ids for the meetings we create,
// but the newest session wins should one ever repeat.
import type { Db, Tx } from "@/lib/db";

export async function findMeetingSession(db: Db | Tx, meetingId: string) {
  return db.session.findFirst({
    where: { videoProvider: "zoom", zoomMeetingId: meetingId },
    orderBy: { id: "desc" },
    select: {
      id: true,
      status: true,
      initiator: { select: { id: true, name: true, email: true } },
      participant: { select: { id: true, name: true, email: true } },
      zoomRegistrants: { where: { meetingId }, select: { userId: true, registrantId: true } },
    },
  });
}
