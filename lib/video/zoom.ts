// Zoom through a Server-to-Server OAuth app (README, Zoom). Meetings are created on one
// host user (ZOOM_USER_ID, default "me"); neither friend is the host, so join before host
// is on, the waiting room off, and our own ready rules are the gate. Zoom's `start_url`
// carries a host credential: it is dropped by the response schema and never leaves here.
import crypto from "node:crypto";
import { z } from "@/lib/zod";
import { AppError } from "@/lib/errors";
import { MeetingSetupFailed, type CloseOutcome, type MeetingRegistrant, type VideoProvider } from "@/lib/video/provider";
import { callZoom, logReplyFailure, replyFailure, transportFailure, type ZoomReply } from "@/lib/video/zoom-http";
import { createZoomTokenSource } from "@/lib/video/zoom-token";

export type ZoomConfig = {
  accountId: string;
  clientId: string;
  clientSecret: string;
  userId: string;
  apiBaseUrl: string;
  oauthUrl: string;
  timeoutMs: number;
  /**
   * Meeting registration (README, The gate, enforced by the provider): each friend gets
   * their own join URL, on a synthetic address at this domain so Zoom never mails them.
   */
  registration?: { emailDomain: string } | null;
};

/** Zoom's answer to adding a registrant: `id` is the meeting's. */
const registrantResponse = z.object({
  registrant_id: z.string().min(1),
  join_url: z.url({ protocol: /^https?$/ }),
});

/** The address Zoom knows a friend by: unique per person and session, never a real inbox. */
export function registrantEmail({ userId, sessionId, domain }: { userId: number; sessionId: number; domain: string }): string {
  return `u${userId}.s${sessionId}@${domain}`;
}

/** Only what we keep; everything else Zoom sends (start_url above all) is stripped. */
const createdMeetingResponse = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).transform(String),
  join_url: z.url({ protocol: /^https?$/ }),
  password: z.string().optional(),
});

// Zoom passcodes are at most 10 characters; letters and digits satisfy the usual account
// rules (and we avoid look-alikes, people sometimes type it).
const PASSCODE_LENGTH = 10;
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnpqrstuvwxyz";
const DIGITS = "23456789";

export function generatePasscode(): string {
  const pick = (alphabet: string) => alphabet[crypto.randomInt(alphabet.length)]!;
  // At least one of each class, for accounts that require mixed passcodes.
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS)];
  while (chars.length < PASSCODE_LENGTH) chars.push(pick(UPPER + LOWER + DIGITS));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}

const isDone = (reply: ZoomReply) => (reply.status >= 200 && reply.status < 300) || reply.status === 404;

export function createZoomProvider(config: ZoomConfig): VideoProvider {
  const apiBase = config.apiBaseUrl.replace(/\/+$/, "");
  const tokens = createZoomTokenSource(config);

  /** One API call with the cached token; a 401 gets one new token and one retry. */
  async function callApi(method: string, path: string, body: unknown, signal: AbortSignal): Promise<ZoomReply> {
    const send = (token: string) =>
      callZoom(`${apiBase}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    const token = await tokens.get(signal);
    const reply = await send(token);
    if (reply.status !== 401) return reply;
    tokens.invalidate(token);
    return send(await tokens.get(signal));
  }

  /** One step of closing; a failure is described, never thrown. */
  async function closeStep(action: string, method: string, path: string, body: unknown, signal: AbortSignal): Promise<string | null> {
    try {
      const reply = await callApi(method, path, body, signal);
      if (isDone(reply)) return null;
      logReplyFailure(action, reply);
      return `Zoom could not ${action} (HTTP ${reply.status}).`;
    } catch (error) {
      return error instanceof AppError ? error.message : transportFailure(error).message;
    }
  }

  /**
   * Adds each friend once. Any failure deletes the meeting (it would otherwise be left
   * with nobody able to use it) and reports what happened; nothing is retried here,
   * since Zoom allows an address only three registrations a day per meeting.
   */
  async function registerAttendees(meetingId: string, sessionId: number, attendees: { userId: number; name: string }[], domain: string): Promise<MeetingRegistrant[]> {
    const registrants: MeetingRegistrant[] = [];
    for (const attendee of attendees) {
      let failure: AppError;
      try {
        const reply = await callApi(
          "POST",
          `/meetings/${encodeURIComponent(meetingId)}/registrants`,
          { email: registrantEmail({ userId: attendee.userId, sessionId, domain }), first_name: attendee.name.slice(0, 64) },
          AbortSignal.timeout(config.timeoutMs),
        );
        const parsed = reply.status === 201 || reply.status === 200 ? registrantResponse.safeParse(reply.json) : undefined;
        if (parsed?.success) {
          registrants.push({ userId: attendee.userId, registrantId: parsed.data.registrant_id, joinUrl: parsed.data.join_url });
          continue;
        }
        failure = replyFailure("add a registrant", reply);
      } catch (error) {
        failure = transportFailure(error);
      }
      // A fresh deadline: the registrant call may have used up its own.
      const undo = await closeStep("delete the meeting", "DELETE", `/meetings/${encodeURIComponent(meetingId)}`, undefined, AbortSignal.timeout(config.timeoutMs));
      throw new MeetingSetupFailed(failure, { step: "add_registrant", meetingId, undone: undo === null, ...(undo ? { undoError: undo } : {}) });
    }
    return registrants;
  }

  return {
    name: "zoom",

    async createMeeting({ sessionId, topic, attendees }) {
      const signal = AbortSignal.timeout(config.timeoutMs);
      const userId = encodeURIComponent(config.userId || "me");
      const reply = await callApi(
        "POST",
        `/users/${userId}/meetings`,
        {
          topic: topic.slice(0, 200),
          agenda: `Pairline session #${sessionId}`,
          type: 2,
          start_time: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
          duration: 60,
          timezone: "UTC",
          password: generatePasscode(),
          settings: {
            join_before_host: true,
            jbh_time: 0,
            waiting_room: false,
            meeting_authentication: false,
            auto_recording: "none",
            ...(config.registration
              ? // Registration required, approved at once, and Zoom mails nobody (the addresses are synthetic anyway).
                { approval_type: 0, registrants_confirmation_email: false, registrants_email_notification: false, allow_multiple_devices: false }
              : { approval_type: 2 }),
          },
        },
        signal,
      );
      const parsed = reply.status === 201 || reply.status === 200 ? createdMeetingResponse.safeParse(reply.json) : undefined;
      if (!parsed?.success) throw replyFailure("create the meeting", reply);
      const meeting = { provider: "zoom" as const, meetingId: parsed.data.id, joinUrl: parsed.data.join_url, password: parsed.data.password || null };
      if (!config.registration) return { ...meeting, registrants: [] };
      return { ...meeting, registrants: await registerAttendees(meeting.meetingId, sessionId, attendees, config.registration.emailDomain) };
    },

    async closeMeeting({ meetingId, wasActive, registrantIds = [] }): Promise<CloseOutcome> {
      const signal = AbortSignal.timeout(config.timeoutMs);
      const path = `/meetings/${encodeURIComponent(meetingId)}`;
      const problems: string[] = [];
      // Cancelled first: a registrant link must stop working even if the delete fails.
      if (registrantIds.length > 0) {
        const problem = await closeStep("cancel the registrants", "PUT", `${path}/registrants/status`, { action: "cancel", registrants: registrantIds.map((id) => ({ id })) }, signal);
        if (problem) problems.push(problem);
      }
      // Delete even when ending failed: a deleted meeting cannot be joined again.
      if (wasActive) {
        const problem = await closeStep("end the meeting", "PUT", `${path}/status`, { action: "end" }, signal);
        if (problem) problems.push(problem);
      }
      const problem = await closeStep("delete the meeting", "DELETE", path, undefined, signal);
      if (problem) problems.push(problem);
      if (problems.length > 0) return { ok: false, error: problems.join(" ") };
      return { ok: true, detail: wasActive ? "zoom meeting ended and deleted" : "zoom meeting deleted" };
    },
  };
}
