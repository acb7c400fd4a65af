// Preferences (README, Presence and preferences): what reaches a user and in which time zone.
import { z } from "@/lib/zod";

/** An IANA zone name this runtime knows ("UTC" included), e.g. "Europe/Berlin". */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z
  .string()
  .refine(isTimeZone, "Unknown time zone; expected an IANA name such as Europe/Berlin or UTC")
  .meta({ override: { type: "string", maxLength: 64, description: "An IANA time zone name, e.g. `Europe/Berlin`; `UTC` by default. Emails give times in it.", examples: ["Europe/Berlin"] } });

const flag = (description: string) => z.boolean({ error: "Expected true or false" }).meta({ description });

const fields = {
  show_presence: flag("Friends see when you are online and when you were last seen. Off: you always look offline to them."),
  email_friend_requests: flag("Email me when a friend request arrives or mine is accepted."),
  email_session_started: flag("Email me when a friend starts a session with me while I am offline."),
  email_scheduled_sessions: flag("Email me about scheduled sessions (proposed, changed, accepted, declined, cancelled) and a reminder before one."),
  time_zone: timeZone,
};

export const preferencesResponse = z.object(fields).meta({ id: "Preferences" });

export const updatePreferencesBody = z
  .object(fields)
  .partial()
  .strict()
  .meta({ id: "PreferencesUpdate", description: "Any subset of the preferences; the rest stay as they are." });

export type Preferences = z.infer<typeof preferencesResponse>;
export type UpdatePreferencesBody = z.infer<typeof updatePreferencesBody>;
