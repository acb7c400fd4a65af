// The data export's shape (GET /users/me/export), for the API reference and its checks.
import { z } from "@/lib/zod";
import { recordIdValue, timestamp } from "@/lib/api/schemas";
import { preferencesResponse } from "@/lib/preferences/schemas";
import { AuditEventType, FriendRequestStatus, MessageKind, Role, SessionStatus, VideoProvider } from "@/lib/generated/prisma/enums";

const ref = z.object({ id: recordIdValue, name: z.string() });

export const accountExportResponse = z
  .object({
    exported_at: timestamp,
    user: z.object({ id: recordIdValue, email: z.string(), name: z.string(), role: z.enum(Role), created_at: timestamp }),
    preferences: preferencesResponse,
    friends: z.array(z.object({ user: ref.extend({ email: z.string() }), since: timestamp })),
    friend_requests: z.array(z.object({ id: recordIdValue, from_user: ref, to_user: ref, status: z.enum(FriendRequestStatus), created_at: timestamp, responded_at: timestamp.nullable() })),
    sessions: z.array(
      z.object({
        id: recordIdValue,
        initiator: ref,
        participant: ref,
        status: z.enum(SessionStatus),
        video_provider: z.enum(VideoProvider).nullable(),
        created_at: timestamp,
        started_at: timestamp.nullable(),
        ended_at: timestamp.nullable(),
        audit_entries: z.array(z.object({ id: recordIdValue, event_type: z.enum(AuditEventType), user_id: recordIdValue.nullable(), message: z.string(), created_at: timestamp })),
      }),
    ),
    messages: z
      .array(z.object({ id: recordIdValue, friend_id: recordIdValue, kind: z.enum(MessageKind), text: z.string(), created_at: timestamp }))
      .meta({ description: "Your own chat messages only; your friends' texts are theirs." }),
  })
  .meta({ id: "AccountExport" });
