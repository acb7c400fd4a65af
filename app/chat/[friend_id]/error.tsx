"use client";

import { PageError } from "@/components/ui/page-error";

export default function ChatError({ reset }: { error: Error; reset: () => void }) {
  return <PageError title="Could not load this conversation" reset={reset} />;
}
