"use client";

import { PageError } from "@/components/ui/page-error";

export default function SessionsError({ reset }: { error: Error; reset: () => void }) {
  return <PageError title="Could not load this page" reset={reset} />;
}
