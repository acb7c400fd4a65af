"use client";

// Settings: presence, email categories and time zone (README, Presence and preferences).
// Each switch saves at once; the browser's own zone is offered when it differs from the saved one.
import { useId, useMemo, useState } from "react";
import type { Preferences } from "@/lib/preferences/schemas";
import { usePreferences } from "@/lib/swr/use-preferences";
import { errorMessage } from "@/lib/swr/fetcher";
import { useIsClient } from "@/lib/use-is-client";
import { Button } from "@/components/ui/button";

type Flag = "show_presence" | "email_friend_requests" | "email_session_started" | "email_scheduled_sessions";

const SWITCHES: { name: Flag; label: string; hint: string }[] = [
  { name: "show_presence", label: "Show friends when I am online", hint: "Off: you always look offline to your friends, with no \u201clast seen\u201d time." },
  { name: "email_friend_requests", label: "Email me about friend requests", hint: "When someone sends you a request, and when yours is accepted." },
  { name: "email_session_started", label: "Email me when a friend starts a session while I am away", hint: "Only when you have no Pairline tab open." },
  { name: "email_scheduled_sessions", label: "Email me about scheduled sessions", hint: "Proposals, changes, answers and cancellations, and a reminder before an accepted session." },
];

function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

function zoneList(current: string, browser: string | null): string[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
  zones.add("UTC");
  zones.add(current);
  if (browser) zones.add(browser);
  return [...zones].sort();
}

export function PreferencesForm({ initial }: { initial: Preferences }) {
  const id = useId();
  const { data, update } = usePreferences(initial);
  const preferences = data ?? initial;
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isClient = useIsClient();
  const browserZone = isClient ? browserTimeZone() : null;
  const zones = useMemo(() => zoneList(preferences.time_zone, browserZone), [preferences.time_zone, browserZone]);

  async function save(name: string, change: Partial<Preferences>) {
    setSaving(name);
    setError(null);
    try {
      await update(change);
    } catch (caught) {
      setError(errorMessage(caught, "Could not save. Try again."));
    } finally {
      setSaving(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Presence and email
      </h2>
      <ul className="space-y-3">
        {SWITCHES.map((item) => (
          <li key={item.name}>
            <label className="flex items-start gap-3 text-sm">
              <input
                type="checkbox"
                role="switch"
                name={item.name}
                checked={preferences[item.name]}
                disabled={saving === item.name}
                onChange={(event) => void save(item.name, { [item.name]: event.target.checked })}
                aria-describedby={`${id}-${item.name}-hint`}
                className="mt-0.5 h-4 w-4 accent-brand-600"
              />
              <span>
                <span className="font-medium text-slate-900">{item.label}</span>
                <span id={`${id}-${item.name}-hint`} className="block text-slate-500">
                  {item.hint}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="space-y-2">
        <label htmlFor={`${id}-zone`} className="block text-sm font-medium text-slate-900">
          Time zone
        </label>
        <p className="text-sm text-slate-500">Emails give session times in this zone.</p>
        <div className="flex flex-wrap items-center gap-2">
          <select
            id={`${id}-zone`}
            value={preferences.time_zone}
            disabled={saving === "time_zone"}
            onChange={(event) => void save("time_zone", { time_zone: event.target.value })}
            className="w-full min-w-0 rounded-md border border-slate-300 px-2 py-1.5 text-sm sm:w-auto"
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          {browserZone && browserZone !== preferences.time_zone ? (
            <Button type="button" variant="secondary" onClick={() => void save("time_zone", { time_zone: browserZone })} className="max-w-full text-left [overflow-wrap:anywhere]">
              Use {browserZone} (this device)?
            </Button>
          ) : null}
        </div>
      </div>
      <p role="status" className="text-sm text-slate-600">
        {saving ? "Saving\u2026" : null}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
