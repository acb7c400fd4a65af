"use client";

// Settings: desktop notifications when a friend starts a session, off until turned on
// here; the browser's permission is asked for only then.
import { useEffect, useId, useState } from "react";
import { desktopNotificationsWanted, notificationsSupported, setDesktopNotifications } from "@/lib/swr/desktop-notifications";

export function DesktopNotificationsToggle() {
  const id = useId();
  const [state, setState] = useState<{ on: boolean; supported: boolean; denied: boolean } | null>(null);
  useEffect(() => {
    const supported = notificationsSupported();
    // Read once after mount: localStorage and Notification exist only in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ on: desktopNotificationsWanted(), supported, denied: supported && Notification.permission === "denied" });
  }, []);

  async function toggle(on: boolean) {
    const now = await setDesktopNotifications(on);
    setState({ on: now, supported: true, denied: on && !now });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Notifications
      </h2>
      <label className="flex items-center gap-3 text-sm">
        <input
          type="checkbox"
          role="switch"
          checked={state?.on ?? false}
          disabled={!state?.supported}
          onChange={(event) => void toggle(event.target.checked)}
          className="h-4 w-4 accent-brand-600"
        />
        Desktop notifications when a friend starts a session
      </label>
      <p className="text-sm text-slate-500">
        {state && !state.supported
          ? "This browser does not support desktop notifications."
          : state?.denied
            ? "The browser blocks notifications for this site; allow them in the browser's site settings, then turn this on."
            : "Shown while Pairline is open in a tab you are not looking at. Your browser asks for permission when you turn this on."}
      </p>
    </section>
  );
}
