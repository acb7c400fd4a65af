// GET /api/v1/calendar/:secret.ics – a user's calendar feed, for calendar programs (no sign-in)
import { withPublic, routes } from "@/lib/api/route";
import { calendarFile } from "@/lib/api/respond";
import { readCalendarFeed } from "@/lib/calendar/calendar-feed";
import { z } from "@/lib/zod";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(
    {
      operationId: "getCalendarFeed",
      summary: "Calendar feed (subscribe)",
      description:
        "The feed owner's scheduled sessions: upcoming ones, plus those cancelled or missed in the last 30 days as `STATUS:CANCELLED`. No cookie or token: the secret in the URL (from POST /users/me/calendar-feed) is the credential. An unknown, revoked or malformed one is 404.",
      tags: ["Sessions"],
      params: { file: { what: "calendar feed", text: true, schema: z.string().meta({ description: "`{secret}.ics`: the secret from the feed URL, then `.ics`.", examples: ["hV3n0Q9yS1dW8uL2cK6fB4eA7tR5pM0xZ2gJ9iY1oN4.ics"] }) } },
      responses: { 200: { description: "The feed (METHOD:PUBLISH).", calendar: true } },
      errors: ["calendar_feed_not_found"],
    },
    async ({ params, db }) => calendarFile(await readCalendarFeed({ db, file: String(params.file) })),
  ),
});
