"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { focusFirstInvalid } from "@/components/ui/field";

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

  useEffect(() => {
    if (attempt) focusFirstInvalid(form.current);
  }, [attempt]);

  const failed = useCallback((problem: { error?: string | null; fields?: Record<string, string> }) => {
    setPending(false);
    setError(problem.error ?? null);
    setFields(problem.fields ?? {});
    setAttempt((n) => n + 1);
  }, []);

  /** A fresh submit: clears what the last one said. */
  const started = useCallback(() => {
    setPending(true);
    setError(null);
    setFields({});
  }, []);

  /** The submit worked: nothing is pending or wrong any more. */
  const succeeded = useCallback(() => {
    setPending(false);
    setError(null);
    setFields({});
  }, []);

  return { form, error, fields, pending, failed, started, succeeded };
}
