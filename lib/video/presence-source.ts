// What the app can know about a meeting, per video provider: the one place that says
// whether the provider tells us who is in the meeting (joins and leaves) and what ending
// a session does to the meeting. Pure and browser-safe (the waiting room reads it too).
//
// Extension point: a provider (or a provider mode, such as JaaS with its webhooks) that
// reports joins and leaves adds itself to PRESENCE_REPORTING with `reportsPresence: true`;
// everything that words the meeting's state (lib/sessions/presence.ts,
// components/sessions/presence-text.ts, session-outcome.ts) follows from here.

export type MeetingFacts = {
  /** The provider reports joins and leaves (Zoom's webhooks), so "in the meeting" is known. */
  reportsPresence: boolean;
  /** Ending the session closes the meeting for both people at the provider. */
  endClosesMeeting: boolean;
};

const PRESENCE_REPORTING: Record<string, MeetingFacts> = {
  // meeting.participant_joined / _left webhooks; end calls PUT /meetings/{id}/status.
  zoom: { reportsPresence: true, endClosesMeeting: true },
  // meet.jit.si tells us nothing, and a room lives until its last person leaves.
  jitsi: { reportsPresence: false, endClosesMeeting: false },
  // A Jitsi meeting on 8x8 JaaS with its webhooks configured (lib/video/meeting-source.ts):
  // participant joined/left and room destroyed arrive; ending here does not close the room.
  jaas: { reportsPresence: true, endClosesMeeting: false },
};

/** Unknown or missing providers report nothing: never claim more than we know. */
const NOTHING_KNOWN: MeetingFacts = { reportsPresence: false, endClosesMeeting: false };

export function meetingFacts(provider: string | null | undefined): MeetingFacts {
  return (provider && PRESENCE_REPORTING[provider]) || NOTHING_KNOWN;
}

export function reportsPresence(provider: string | null | undefined): boolean {
  return meetingFacts(provider).reportsPresence;
}
