// One 8x8 JaaS delivery: verify the signature over the raw body, then record who is in the
// room into the same audit trail Zoom's webhooks write (lib/sessions/presence.ts reads it),
// so the waiting room shows real presence. The participant is matched by the JWT's user id,
// which we minted (lib/video/meeting-jwt.ts). Rooms that are not ours, and events we do not
// use, get a 200 so JaaS stops retrying. A repeated delivery (same idempotencyKey) hits
// the unique event key and changes nothing.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { validate } from "@/lib/api/body";
import { isUniqueViolation } from "@/lib/db/errors";
import { writeAudit } from "@/lib/sessions/audit";
import { findSession } from "@/lib/sessions/load-session";
import { presenceOf } from "@/lib/sessions/presence";
import { verifyJaasSignature } from "@/lib/jaas-webhooks/verify-signature";
import { jaasWebhookBody, type JaasWebhookBody, type JaasWebhookResponse } from "@/lib/jaas-webhooks/schemas";
import type { WebhookOutcome } from "@/lib/zoom-webhooks/outcome";

export async function handleJaasWebhook({
  db,
  secret,
  appId,
  rawBody,
  signature,
}: {
  db: () => Promise<Db>;
  secret: string;
  appId: string;
  rawBody: string;
  signature: string | null;
}): Promise<JaasWebhookResponse> {
  verifyJaasSignature({ secret, rawBody, header: signature });
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new AppError("invalid_json");
  }
  const event = validate(jaasWebhookBody, body);
  if (!["PARTICIPANT_JOINED", "PARTICIPANT_LEFT", "ROOM_DESTROYED"].includes(event.eventType)) return { received: true, outcome: "ignored" };
  return { received: true, outcome: await recordJaasEvent(await db(), appId, event) };
}

async function recordJaasEvent(db: Db, appId: string, event: JaasWebhookBody): Promise<WebhookOutcome> {
  const [eventAppId, room, ...rest] = (event.fqn ?? "").split("/");
  if (eventAppId !== appId || !room || rest.length > 0) return "ignored";
  const found = await db.session.findFirst({ where: { videoProvider: "jitsi", zoomMeetingId: room.toLowerCase() }, orderBy: { id: "desc" }, select: { id: true } });
  if (!found) return "ignored";
  const session = await findSession(db, found.id);
  const people = [session.initiator, session.participant];
  const jaasParticipant = { name: event.data?.name || null, id: event.data?.id || null };
  try {
    await db.$transaction(async (tx) => {
      await tx.zoomWebhookEvent.create({ data: { eventKey: `jaas:${event.idempotencyKey}`, eventType: `jaas.${event.eventType}` } });
      if (event.eventType === "ROOM_DESTROYED") {
        // Whoever was still inside has left with the room.
        for (const userId of presenceOf(session, session.auditLogs, true).inMeeting) {
          const person = people.find((candidate) => candidate.id === userId)!;
          await writeAudit(tx, { sessionId: session.id, eventType: "left", userId, message: `${person.name} left the meeting (the room closed)`, metadata: { via: "jaas_webhook", room_destroyed: true } });
        }
        return;
      }
      const user = people.find((person) => String(person.id) === jaasParticipant.id) ?? null;
      const joined = event.eventType === "PARTICIPANT_JOINED";
      const who = user?.name || jaasParticipant.name || "Someone";
      await writeAudit(tx, {
        sessionId: session.id,
        eventType: joined ? "joined" : "left",
        userId: user?.id ?? null,
        message: `${who} ${joined ? "joined" : "left"} the meeting`,
        metadata: { via: "jaas_webhook", jaas_participant: jaasParticipant },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
  return "recorded";
}
