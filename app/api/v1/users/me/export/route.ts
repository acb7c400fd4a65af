// GET /api/v1/users/me/export – download everything kept about you, as a JSON file (GDPR Art. 20)
import { withUser, routes } from "@/lib/api/route";
import { accountExportResponse } from "@/lib/accounts/export-schemas";
import { exportAccount } from "@/lib/accounts/export-account";
import { assertWithinLimit } from "@/lib/rate-limit/limiter";
import { limits } from "@/lib/rate-limit/limits";
import { streamDownload } from "@/lib/api/download";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "exportMyData",
      summary: "Download your data",
      description:
        "Your account, preferences, friends, friend requests, sessions (each with its audit entries) and your own chat messages, as a JSON file (`Content-Disposition: attachment`), streamed. Your friends' messages are not included: they are theirs. Meeting links and passwords are not included.",
      tags: ["Accounts"],
      responses: {
        200: {
          description: "The export.",
          schema: accountExportResponse,
          headers: { "Content-Disposition": { description: "`attachment; filename=\"pairline-export-<id>.json\"`" } },
        },
      },
      rateLimits: ["exports"],
    },
    async ({ user, db }) => {
      await assertWithinLimit(db, limits().exports, user.id);
      return streamDownload(exportAccount({ db, userId: user.id }), `pairline-export-${user.id}.json`);
    },
  ),
});
