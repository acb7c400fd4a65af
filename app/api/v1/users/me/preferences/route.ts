// GET, PATCH /api/v1/users/me/preferences – what reaches you, whether friends see you online, your time zone
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { preferencesResponse, updatePreferencesBody } from "@/lib/preferences/schemas";
import { getPreferences } from "@/lib/preferences/get-preferences";
import { updatePreferences } from "@/lib/preferences/update-preferences";

const example = { show_presence: true, email_friend_requests: true, email_session_started: true, email_scheduled_sessions: false, time_zone: "Europe/Berlin" };

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "getPreferences",
      summary: "Your preferences",
      description: "Which emails you get, whether friends see when you are online, and the time zone emails use.",
      tags: ["Accounts"],
      responses: { 200: { description: "Your preferences.", schema: preferencesResponse, examples: { alice: { summary: "Alice", value: example } } } },
    },
    async ({ user, db }) => json(await getPreferences({ db, userId: user.id })),
  ),
  PATCH: withUser(
    {
      operationId: "updatePreferences",
      summary: "Change your preferences",
      description: "Send any subset; unknown fields and unknown time zones are refused. Turning `show_presence` off makes you look offline to your friends at once.",
      tags: ["Accounts"],
      body: updatePreferencesBody,
      bodyExample: { email_scheduled_sessions: false, time_zone: "Europe/Berlin" },
      responses: { 200: { description: "All your preferences, as they are now.", schema: preferencesResponse, examples: { alice: { summary: "Alice", value: example } } } },
    },
    async ({ user, body, db }) => json(await updatePreferences({ db, userId: user.id, input: body })),
  ),
});
