// Sends Zoom-style webhook deliveries to the app, signed as Zoom signs them.
import { api } from "./api-client";
import { signZoomPayload } from "@/lib/zoom-webhooks/verify-signature";

/** The app server of the zoom project is started with this ZOOM_WEBHOOK_SECRET_TOKEN. */
export const ZOOM_TEST_WEBHOOK_SECRET = "zoom-test-webhook-secret-token";

export const nowSeconds = () => String(Math.floor(Date.now() / 1000));

export async function sendZoomWebhook(
  body: unknown,
  { rawBody = JSON.stringify(body), timestamp = nowSeconds(), secret = ZOOM_TEST_WEBHOOK_SECRET, signature }: { rawBody?: string; timestamp?: string; secret?: string; signature?: string | null } = {},
) {
  const headers: Record<string, string> = { "x-zm-request-timestamp": timestamp };
  const signed = signature === undefined ? signZoomPayload({ secret, timestamp, rawBody }) : signature;
  if (signed !== null) headers["x-zm-signature"] = signed;
  return api("/api/v1/webhooks/zoom", { method: "POST", rawBody, contentType: "application/json; charset=utf-8", headers });
}

let eventCounter = 0;

/** A participant event as Zoom sends it. */
export function participantEvent(
  event: "meeting.participant_joined" | "meeting.participant_left",
  meetingId: string,
  participant: { user_name?: string; email?: string; participant_user_id?: string } = {},
) {
  eventCounter += 1;
  const time = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    event,
    event_ts: Date.now() + eventCounter,
    payload: {
      account_id: "fake-account-1",
      object: {
        id: meetingId,
        uuid: `uuid-${meetingId}==`,
        host_id: "fakeHostId123",
        topic: "Pairline",
        type: 2,
        participant: {
          user_id: String(16778240 + eventCounter),
          user_name: participant.user_name ?? "Guest",
          id: participant.participant_user_id ?? "",
          participant_uuid: `puuid-${eventCounter}`,
          email: participant.email ?? "",
          participant_user_id: participant.participant_user_id ?? "",
          ...(event === "meeting.participant_joined" ? { join_time: time } : { leave_time: time, leave_reason: "left the meeting" }),
        },
      },
    },
  };
}

export function meetingEndedEvent(meetingId: string) {
  eventCounter += 1;
  return {
    event: "meeting.ended",
    event_ts: Date.now() + eventCounter,
    payload: {
      account_id: "fake-account-1",
      object: { id: meetingId, uuid: `uuid-${meetingId}==`, host_id: "fakeHostId123", topic: "Pairline", type: 2, end_time: new Date().toISOString() },
    },
  };
}
