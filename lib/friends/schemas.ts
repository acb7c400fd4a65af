import { z } from "@/lib/zod";
import { recordIdValue, timestamp } from "@/lib/api/schemas";
import { personResponse } from "@/lib/accounts/schemas";
import { FRIEND_REQUEST_STATUSES } from "@/lib/friends/rules";

const positiveId = z
  .number({ error: (issue) => (issue.input === undefined ? "Required" : "Expected a positive integer") })
  .int("Expected a positive integer")
  .positive("Expected a positive integer")
  .max(2_147_483_647, "Expected a positive integer");

export const sendFriendRequestBody = z.object({ user_id: positiveId }).strict();

// Responses.

export const friendRequestResponse = z
  .object({ id: recordIdValue, from_user: personResponse, to_user: personResponse, status: z.enum(FRIEND_REQUEST_STATUSES), created_at: timestamp })
  .meta({ id: "FriendRequest" });

export const friendRequestsResponse = z
  .object({ incoming: z.array(friendRequestResponse), outgoing: z.array(friendRequestResponse) })
  .meta({ id: "FriendRequests", description: "Pending requests only, newest first." });

const friendResponse = z
  .object({
    user: personResponse,
    since: timestamp,
    online: z.boolean().meta({ description: "An event stream of theirs is open, or closed less than 10 s ago. Always false while they hide their presence." }),
    last_seen_at: timestamp.nullable().meta({ description: "When they were last online (now, while online); null if never, or while they hide their presence." }),
  })
  .meta({ id: "Friend" });

export const friendListResponse = z.array(friendResponse).meta({ description: "Alphabetically by name." });

export type FriendRequestResponse = z.infer<typeof friendRequestResponse>;
export type FriendRequestsResponse = z.infer<typeof friendRequestsResponse>;
export type FriendResponse = z.infer<typeof friendResponse>;
