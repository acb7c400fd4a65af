"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { focusFirstInvalid } from "@/components/ui/field";
import { ApiError } from "@/lib/swr/fetcher";

type Problem = { error?: string | null; fields?: Record<string, string> };

/** A failed API call, for a form: the server's field messages at their fields, else its message (or `fallback`) as the banner. */
export function formProblem(caught: unknown, fallback: string): Problem {
  const problem = caught instanceof ApiError ? caught : null;
  if (problem && Object.keys(problem.fields).length > 0) return { fields: problem.fields };
  return { error: problem?.message ?? fallback };
}

/**
 * A form's state around its submit: the banner, the messages at the fields, pending.
 * `failed` shows what went wrong and, once rendered, puts the cursor in the first field
 * that needs fixing.
 */
export function useFormState() {
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  /** The last submit worked (for a "Saved" line); cleared by the next one. */
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (attempt) focusFirstInvalid(form.current);
  }, [attempt]);

  const failed = useCallback((problem: Problem) => {
    setPending(false);
    setDone(false);
    setError(problem.error ?? null);
    setFields(problem.fields ?? {});
    setAttempt((n) => n + 1);
  }, []);

  /** A fresh submit: clears what the last one said. */
  const started = useCallback(() => {
    setPending(true);
    setDone(false);
    setError(null);
    setFields({});
  }, []);

  /** The submit worked: nothing is pending or wrong any more. */
  const succeeded = useCallback(() => {
    setPending(false);
    setDone(true);
    setError(null);
    setFields({});
  }, []);

  return { form, error, fields, pending, done, failed, started, succeeded };
}
