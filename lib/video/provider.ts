// The one small interface every video provider implements (lib/video/zoom.ts, jitsi.ts).
// Failures are thrown as AppError with provider_error (502), provider_rate_limited
// (503, with retryAfterSeconds) or provider_timeout (504); never a silent fallback.

export type VideoProviderName = "zoom" | "jitsi";

type MeetingRequest = {
  sessionId: number;
  /** Names both people, e.g. "Pairline: Alice & Bob". */
  topic: string;
};

type CreatedMeeting = {
  provider: VideoProviderName;
  meetingId: string;
  joinUrl: string;
  password: string | null;
};

/** What closing a meeting did, recorded in the audit entry's metadata. */
export type CloseOutcome = { ok: true; detail?: string } | { ok: false; error: string };

export interface VideoProvider {
  readonly name: VideoProviderName;
  createMeeting(request: MeetingRequest): Promise<CreatedMeeting>;
  /**
   * Ends the meeting if it may be live, then deletes it. Never throws: a provider
   * failure must not block ending a session, so it is reported in the outcome.
   */
  closeMeeting(meeting: { meetingId: string; wasActive: boolean }): Promise<CloseOutcome>;
}
