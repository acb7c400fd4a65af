"use client";

// Redeems the one-time join link (a POST, so link scanners that only GET cannot use it
// up) and sends the browser on to the meeting.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import { Card } from "@/components/ui/card";

const PROBLEMS: Record<string, { title: string; text: string }> = {
  token_used: { title: "This join link was already used", text: "Each join link works once. Go back to the waiting room and press Join meeting for a new one." },
  token_expired: { title: "This join link has expired", text: "Join links are valid for a limited time. Go back to the waiting room and press Join meeting for a new one." },
  token_not_yours: { title: "This join link is not yours", text: "It was made for the other person in the session. Sign in as yourself and use your own link." },
  token_invalid: { title: "This join link is not valid", text: "Check that you copied the whole link, or get a new one from the waiting room." },
  session_not_active: { title: "This session is over", text: "There is no meeting to join any more." },
  cannot_join_yet: { title: "You cannot join yet", text: "The waiting room tells you what is missing." },
};

export function JoinRedirect({ token }: { token: string }) {
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [meetingUrl, setMeetingUrl] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // a one-time link must be redeemed only once
    started.current = true;
    api.sessions.redeemJoinToken(token)
      .then(({ meeting }) => {
        // A redeemed token always names its meeting (lib/sessions/redeem-join-token.ts).
        if (!meeting.join_url) return setProblem({ code: "no_meeting", message: "The meeting has no address." });
        setMeetingUrl(meeting.join_url);
        window.location.replace(meeting.join_url);
      })
      .catch((error: unknown) => {
        setProblem(error instanceof ApiError ? { code: error.code, message: error.message } : { code: "network_error", message: "Could not reach the server." });
      });
  }, [token]);

  if (problem) {
    const known = PROBLEMS[problem.code] ?? { title: "Could not open the meeting", text: problem.message };
    return (
      <Card className="mx-auto max-w-md text-center">
        <h1 className="text-xl font-semibold">{known.title}</h1>
        <p className="mt-2 text-slate-600">{known.text}</p>
        <Link href="/sessions" className="mt-4 inline-block text-brand-700 underline">Your sessions</Link>
      </Card>
    );
  }
  return (
    <Card className="mx-auto max-w-md text-center">
      <h1 className="text-xl font-semibold">Opening your meeting…</h1>
      {meetingUrl ? (
        <p className="mt-2 text-slate-600">
          Not moving? <a href={meetingUrl} className="text-brand-700 underline">Open the meeting</a>.
        </p>
      ) : (
        <p className="mt-2 text-slate-600" role="status">Checking your join link.</p>
      )}
    </Card>
  );
}
