import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";

/** `/` for someone not signed in: what Pairline is, and the two ways in. */
export function Welcome() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-3xl font-semibold">Video calls with your friends, when you are both ready</h1>
        <p className="text-slate-700">
          Pairline is for 1-on-1 video sessions between friends. Add a friend, chat, and start a session: a private meeting is created and
          you each press <strong>Ready</strong> in a shared waiting room. Nobody is dropped into a call before the other person is there.
        </p>
      </div>
      <Card>
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>Create an account and find your friends by name or email.</li>
          <li>Once they accept, chat and press Start session.</li>
          <li>Both mark ready in the waiting room, then join the meeting.</li>
        </ol>
        <div className="mt-4 flex flex-wrap gap-2">
          <ButtonLink href="/register" variant="primary">
            Create an account
          </ButtonLink>
          <ButtonLink href="/login">Sign in</ButtonLink>
        </div>
      </Card>
    </div>
  );
}
