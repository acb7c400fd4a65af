import { renderMail } from "@/lib/mail/messages/layout";

/** To the other person of a session a friend started while they were offline. The link is the app's session page, never the meeting. */
export function sessionStartedMail({ recipientName, starterName, sessionId }: { recipientName: string; starterName: string; sessionId: number }) {
  return renderMail({
    kind: "session_started",
    category: "email_session_started",
    subject: `${starterName} started a session with you on Pairline`,
    recipientName,
    paragraphs: [`${starterName} started a video session with you and is waiting. Open the waiting room to join.`],
    action: { label: "Open the waiting room", path: `/sessions/${sessionId}` },
  });
}
