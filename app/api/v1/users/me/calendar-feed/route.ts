// POST, DELETE /api/v1/users/me/calendar-feed – a new secret calendar feed URL, or none
import { withUser, routes } from "@/lib/api/route";
import { json, noContent } from "@/lib/api/respond";
import { calendarFeedResponse } from "@/lib/calendar/schemas";
import { deleteCalendarFeed, regenerateCalendarFeed } from "@/lib/calendar/calendar-feed";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "createCalendarFeed",
      summary: "New calendar feed URL",
      description:
        "A new secret URL of your scheduled sessions for calendar programs to subscribe to (no sign-in: the 256-bit secret is the credential, stored only hashed). The previous URL stops working. The URL is shown only now: keep it, or make a new one.",
      tags: ["Sessions"],
      body: "none",
      responses: { 201: { description: "The feed's URL.", schema: calendarFeedResponse } },
    },
    async ({ user, db }) => json(await regenerateCalendarFeed({ db, userId: user.id }), 201),
  ),
  DELETE: withUser(
    {
      operationId: "deleteCalendarFeed",
      summary: "Turn the calendar feed off",
      description: "The feed URL stops working (404). Doing it again changes nothing.",
      tags: ["Sessions"],
      responses: { 204: { description: "No feed any more." } },
    },
    async ({ user, db }) => {
      await deleteCalendarFeed({ db, userId: user.id });
      return noContent();
    },
  ),
});
