// readSessionRow is sessionSelect written as one SQL statement: it must read exactly what
// Prisma reads, against a real (embedded) database with every migration applied.
import { expect, test } from "vitest";
import { migratedPglitePrisma } from "@/tests/support/migrated-pglite";
import { sessionSelect } from "@/lib/sessions/dto";
import { readSessionRow } from "@/lib/sessions/read-session";

const db = migratedPglitePrisma("read-session");

test("the same row as Prisma's findUnique with sessionSelect: registrants, presence entries only, a null user; null for no session", async () => {
  const [alice, bob] = await Promise.all(
    ["alice", "bob"].map((name) => db().user.create({ data: { email: `${name}@example.com`, name, passwordHash: "x" }, select: { id: true } })),
  );
  const session = await db().session.create({
    data: {
      initiatorId: alice!.id,
      participantId: bob!.id,
      status: "active",
      startedById: alice!.id,
      startedAt: new Date("2026-12-01T10:00:00.123Z"),
      videoProvider: "zoom",
      zoomMeetingId: "123",
      zoomMeetingUrl: "https://zoom.example/j/123",
      zoomMeetingPassword: "secret",
      initiatorReady: true,
    },
    select: { id: true },
  });
  await db().zoomRegistrant.createMany({
    data: [bob!.id, alice!.id].map((userId) => ({ sessionId: session.id, userId, meetingId: "123", registrantId: `r${userId}`, joinUrl: `https://zoom.example/w/${userId}` })),
  });
  await db().auditLog.create({ data: { sessionId: session.id, eventType: "started", userId: alice!.id, message: "started" } });
  await db().auditLog.create({ data: { sessionId: session.id, eventType: "joined", userId: bob!.id, message: "joined", metadata: { via: "join_token" } } });
  await db().auditLog.create({ data: { sessionId: session.id, eventType: "left", userId: null, message: "left", metadata: { via: "jaas_webhook", room_destroyed: true } } });

  const expected = await db().session.findUnique({ where: { id: session.id }, select: sessionSelect });
  const actual = await readSessionRow(db(), session.id);
  expect(actual?.auditLogs.map((entry) => entry.eventType)).toEqual(["joined", "left"]);
  expect(actual?.zoomRegistrants).toHaveLength(2);
  expect(actual).toEqual(expected);
  expect(await readSessionRow(db(), session.id + 1000)).toBeNull();
});
