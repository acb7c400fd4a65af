"use client";

// "14:02" in the reader's own zone, known only in the browser (components/ui/time.tsx):
// the server renders a placeholder, so hydration never disagrees.
import { useIsClient } from "@/lib/use-is-client";

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

export function useClock(): (iso: string) => string {
  const isClient = useIsClient();
  return (iso: string) => (isClient ? clockFormat.format(new Date(iso)) : "…");
}
