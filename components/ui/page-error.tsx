"use client";

// A route's error boundary content. Production hides why a server page failed, so the
// boundary asks /api/ready: when the service is unavailable (database down, instance
// stopping) it says so and retries by itself until the page loads again (README, Operations);
// otherwise it is a plain error with a retry button.
import { startTransition, useCallback, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { UNAVAILABLE_RETRY_MS } from "@/lib/swr/fetcher";

type Diagnosis = "checking" | "unavailable" | "error";

async function serviceIsReady(): Promise<boolean> {
  try {
    return (await fetch("/api/ready", { cache: "no-store" })).ok;
  } catch {
    return false;
  }
}

export function PageError({ title, reset }: { title: string; reset: () => void }) {
  const router = useRouter();
  const [diagnosis, setDiagnosis] = useState<Diagnosis>("checking");

  const retry = useCallback(() => {
    // Refetch the server page's data, then re-render the segment that failed.
    startTransition(() => {
      router.refresh();
      reset();
    });
  }, [router, reset]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async (wasUnavailable: boolean) => {
      const ready = await serviceIsReady();
      if (stopped) return;
      if (ready) {
        if (wasUnavailable) retry();
        else setDiagnosis("error");
        return;
      }
      setDiagnosis("unavailable");
      timer = setTimeout(() => void check(true), UNAVAILABLE_RETRY_MS);
    };
    void check(false);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [retry]);

  if (diagnosis === "unavailable") {
    return (
      <Card className="mx-auto max-w-md text-center">
        <h1 className="text-xl font-semibold">Temporarily unavailable</h1>
        <p role="status" className="mt-2 text-slate-600">
          Pairline cannot reach its database right now. Your data is safe; this page retries by itself and comes back as soon as
          the service does.
        </p>
        <p className="mt-2 text-sm text-slate-500">Retrying…</p>
      </Card>
    );
  }
  return (
    <Card className="mx-auto max-w-md text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">Something went wrong on our side while loading this page. Your data is safe; try again in a moment.</p>
      <Button type="button" className="mt-4" onClick={retry}>
        Try again
      </Button>
    </Card>
  );
}
