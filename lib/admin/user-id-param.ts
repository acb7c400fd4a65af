import { pathId } from "@/lib/api/path-id";

export const userIdParam = { id: pathId("user", "The user's id.") };
