// The one small interface every video provider implements (lib/video/zoom.ts, jitsi.ts).
// Failures are thrown as AppError with provider_error (502), provider_rate_limited
// (503, with retryAfterSeconds) or provider_timeout (504); never a silent fallback.

export type VideoProviderName = "zoom" | "jitsi";

import type { AppError } from "@/lib/errors";

type MeetingRequest = {
  sessionId: number;
  /** Names both people, e.g. "Pairline: Alice & Bob". */
  topic: string;
  /** The two friends, for providers that register each person (Zoom registration). */
  attendees: { userId: number; name: string }[];
};

/** A person's own way into the meeting (a Zoom registrant's join URL). */
export type MeetingRegistrant = { userId: number; registrantId: string; joinUrl: string };

type CreatedMeeting = {
  provider: VideoProviderName;
  meetingId: string;
  joinUrl: string;
  password: string | null;
  /** One per attendee when the provider registers people; empty otherwise. */
  registrants: MeetingRegistrant[];
};

/**
 * The meeting was created but a later step (registering a person) failed. What was
 * created has been undone as far as the provider allowed (`undone`); `cause` is the
 * 502/503/504 the caller answers with.
 */
export class MeetingSetupFailed extends Error {
  override name = "MeetingSetupFailed";
  constructor(
    override readonly cause: AppError,
    readonly details: { step: "add_registrant"; meetingId: string; undone: boolean; undoError?: string },
  ) {
    super(cause.message);
  }
}

/** What closing a meeting did, recorded in the audit entry's metadata. */
export type CloseOutcome = { ok: true; detail?: string } | { ok: false; error: string };

export interface VideoProvider {
  readonly name: VideoProviderName;
  createMeeting(request: MeetingRequest): Promise<CreatedMeeting>;
  /**
   * Ends the meeting if it may be live, then deletes it. Never throws: a provider
   * failure must not block ending a session, so it is reported in the outcome.
   */
  closeMeeting(meeting: { meetingId: string; wasActive: boolean; registrantIds?: string[] }): Promise<CloseOutcome>;
}
