"use client";

import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

/** A route's error boundary content: what happened in words, and a retry. */
export function PageError({ title, reset }: { title: string; reset: () => void }) {
  return (
    <Card className="mx-auto max-w-md text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">Something went wrong on our side while loading this page. Your data is safe; try again in a moment.</p>
      <Button type="button" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </Card>
  );
}
