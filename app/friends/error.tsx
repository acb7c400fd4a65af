"use client";

import { PageError } from "@/components/ui/page-error";

export default function FriendsError({ reset }: { error: Error; reset: () => void }) {
  return <PageError title="Could not load your friends" reset={reset} />;
}
