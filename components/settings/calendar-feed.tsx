"use client";

// The personal calendar feed (README, Calendar files and feeds): a secret address a
// calendar app subscribes to. The server keeps only a hash of the secret, so the address
// can be shown once, right after it is made; Regenerate makes a new one (the old one stops
// working) and Turn off stops it.
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAsyncAction } from "@/components/ui/use-async-action";
import { api } from "@/lib/swr/api";

type Asking = "regenerate" | "off" | null;

export function CalendarFeed({ initiallyOn }: { initiallyOn: boolean }) {
  const id = useId();
  const [on, setOn] = useState(initiallyOn);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const { pending, error, run } = useAsyncAction();

  const create = () =>
    run(async () => {
      const feed = await api.users.createCalendarFeed();
      setUrl(feed.url);
      setOn(true);
      setCopied(false);
      setNotice(null);
      setAsking(null);
    });

  const turnOff = () =>
    run(async () => {
      await api.users.deleteCalendarFeed();
      setUrl(null);
      setOn(false);
      setNotice("The calendar feed is off: its address no longer works.");
      setAsking(null);
    });

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Without clipboard access the address stays selected for a manual copy.
      document.getElementById(`${id}-url`)?.focus();
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Calendar feed
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Subscribe to your planned sessions from Google Calendar, Outlook or Apple Calendar with a secret address. Pairline keeps only a
          fingerprint of the secret, so the address is shown once, right after it is made: copy it into your calendar then. Anyone with
          the address sees your planned sessions; regenerate it if it leaks.
        </p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      {url ? (
        <div className="space-y-2">
          <label htmlFor={`${id}-url`} className="block text-sm font-medium text-slate-700">
            Your feed address (shown only now)
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={`${id}-url`}
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="calendar-feed-url"
              className="block min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
            />
            <Button type="button" variant="secondary" onClick={copy}>
              Copy
            </Button>
          </div>
          <p role="status" className="text-xs text-emerald-800">
            {copied ? "Copied." : ""}
          </p>
        </div>
      ) : on ? (
        <p className="text-sm text-slate-700" data-testid="calendar-feed-state">
          Your calendar feed is on. Its address was shown when it was made; regenerate it to see a new one.
        </p>
      ) : (
        <p className="text-sm text-slate-700" data-testid="calendar-feed-state">
          Your calendar feed is off.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {on ? (
          <>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setAsking("regenerate")}>
              Regenerate
            </Button>
            <Button type="button" variant="danger" disabled={pending} onClick={() => setAsking("off")}>
              Turn off
            </Button>
          </>
        ) : (
          <Button type="button" disabled={pending} onClick={create}>
            {pending ? "Turning on…" : "Turn on calendar feed"}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={asking === "regenerate"}
        title="Make a new feed address?"
        confirmLabel="Regenerate"
        cancelLabel="Keep the old one"
        pendingLabel="Regenerating…"
        pending={pending}
        onClose={() => setAsking(null)}
        onConfirm={create}
      >
        The current address stops working at once; calendars subscribed to it need the new one.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "off"}
        title="Turn off the calendar feed?"
        confirmLabel="Turn off"
        cancelLabel="Keep it on"
        pendingLabel="Turning off…"
        pending={pending}
        onClose={() => setAsking(null)}
        onConfirm={turnOff}
      >
        The address stops working; calendars subscribed to it stop updating.
      </ConfirmDialog>
    </section>
  );
}
