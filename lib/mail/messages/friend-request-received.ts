import { renderMail } from "@/lib/mail/messages/layout";

/** To the person a friend request was sent to. */
export function friendRequestReceivedMail({ recipientName, senderName }: { recipientName: string; senderName: string }) {
  return renderMail({
    kind: "friend_request_received",
    category: "email_friend_requests",
    subject: `${senderName} sent you a friend request on Pairline`,
    recipientName,
    paragraphs: [`${senderName} would like to be friends on Pairline. Friends can chat and start video sessions with each other.`],
    action: { label: "See your friend requests", path: "/friends" },
  });
}
