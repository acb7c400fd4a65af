// The session rules as the API reference publishes them (the Sessions tag), computed from
// lib/sessions/rules.ts itself so the text cannot drift from what the API does.
import { SESSION_ACTIONS, SESSION_STATUSES, allowedFrom, joinEligibility, nextStatus, type SessionFacts } from "@/lib/sessions/rules";

const started = (startedByInitiator: boolean, initiatorReady: boolean, participantReady: boolean): SessionFacts => ({
  status: "active",
  initiatorId: 1,
  participantId: 2,
  startedById: startedByInitiator ? 1 : 2,
  initiatorReady,
  participantReady,
});

export function sessionRulesMarkdown(): string {
  const transitions = SESSION_ACTIONS.map((action) => {
    const from = allowedFrom(action);
    const to = nextStatus(action, from[0]!);
    return `| \`${action}\` | ${from.join(", ")} | ${to === from[0] ? "unchanged" : to} |`;
  });
  const rows: string[] = [];
  for (const callerReady of [false, true]) {
    for (const otherReady of [false, true]) {
      // The caller is the initiator (id 1); "started" says who pressed Start.
      for (const callerStarted of [true, false]) {
        const result = joinEligibility(started(callerStarted, callerReady, otherReady), "initiator");
        rows.push(`| ${callerStarted ? "the one who started" : "the other person"} | ${callerReady ? "yes" : "no"} | ${otherReady ? "yes" : "no"} | ${result.canJoin ? "yes" : "no"} | ${result.reason ? `\`${result.reason}\`` : ""} |`);
      }
    }
  }
  const others = SESSION_STATUSES.filter((status) => status !== "active")
    .map((status) => `${status}: \`${joinEligibility({ ...started(true, true, true), status }, "initiator").reason}\``)
    .join("; ");
  return [
    "**State machine.** Any other action is a 409 `invalid_state` (\"The session is X; ...\"). At most one session per pair of friends is pending or active (409 `open_session_exists` with its `session_id`).",
    "",
    "| action | allowed from | leads to |",
    "|---|---|---|",
    ...transitions,
    "",
    "**Who may join** (only while `active`; `GET /sessions/{id}/join-eligibility`):",
    "",
    "| caller | caller ready | other ready | can join | reason when not |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    `Other statuses: ${others}. Redeeming a join link marks the redeemer ready if they were not. \`allowed_actions\` on every session lists what the caller may do now.`,
  ].join("\n");
}
