import { z } from "@/lib/zod";

export const calendarFeedResponse = z
  .object({ url: z.string().meta({ description: "The secret feed URL (`{APP_URL}/api/v1/calendar/{secret}.ics`); anyone with it can read your scheduled sessions." }) })
  .meta({ id: "CalendarFeed" });
