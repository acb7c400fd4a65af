import { renderMail } from "@/lib/mail/messages/layout";

/** To the person whose friend request was accepted. */
export function friendRequestAcceptedMail({ recipientName, accepterName }: { recipientName: string; accepterName: string }) {
  return renderMail({
    kind: "friend_request_accepted",
    category: "email_friend_requests",
    subject: `${accepterName} accepted your friend request on Pairline`,
    recipientName,
    paragraphs: [`${accepterName} accepted your friend request. You can now chat and start sessions with each other.`],
    action: { label: "See your friends", path: "/friends" },
  });
}
