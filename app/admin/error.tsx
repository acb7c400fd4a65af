"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <Alert>The admin area could not be loaded. The database may be unavailable; try again in a moment.</Alert>
      <Button onClick={() => reset()}>Try again</Button>
    </div>
  );
}
