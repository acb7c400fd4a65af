"use client";

import { PageError } from "@/components/ui/page-error";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return <PageError title="Something went wrong" reset={reset} />;
}
