"use client";

// Plans a session or proposes another time: a date and a time in the browser's zone (named
// on the form; the API gets UTC), a duration and, for a new plan, a note. The limits are
// the API's: its messages are shown at the fields they name.
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useTimeZone } from "@/components/ui/time";
import { formProblem, useFormState } from "@/components/ui/use-form-state";
import { DURATION_MINUTES, NOTE_MAX_LENGTH } from "@/lib/sessions/rules";

export type ScheduleValues = { starts_at: string; duration_minutes: number; note?: string };

const pad = (n: number) => String(n).padStart(2, "0");
const dateInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const timeInput = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Tomorrow at the next full hour: a sensible first proposal. */
function defaultStart(): Date {
  const start = new Date(Date.now() + 24 * 60 * 60_000);
  start.setMinutes(60, 0, 0);
  return start;
}

const inputClass =
  "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-400";

export function ScheduleForm({
  id,
  initial,
  withNote,
  submitLabel,
  pendingLabel,
  onSubmit,
  onCancel,
  onPendingChange,
}: {
  id: string;
  initial?: { starts_at: string; duration_minutes: number };
  withNote: boolean;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (values: ScheduleValues) => Promise<unknown>;
  onCancel: () => void;
  onPendingChange?: (pending: boolean) => void;
}) {
  const zone = useTimeZone();
  const { form, error, fields, pending, failed, started, succeeded } = useFormState();
  const start = initial ? new Date(initial.starts_at) : defaultStart();
  const whenError = fields.starts_at;
  const whenDescribedBy = [`${id}-zone`, whenError ? `${id}-when-error` : null].filter(Boolean).join(" ");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const date = String(data.get("date") ?? "");
    const time = String(data.get("time") ?? "");
    // A date and time without an offset is read in the browser's zone.
    const startsAt = date && time ? new Date(`${date}T${time}`) : null;
    if (!startsAt || Number.isNaN(startsAt.getTime())) return failed({ fields: { starts_at: "Enter a date and a time" } });
    const values: ScheduleValues = { starts_at: startsAt.toISOString(), duration_minutes: Number(data.get("duration_minutes")) };
    const note = String(data.get("note") ?? "").trim();
    if (withNote && note) values.note = note;
    started();
    onPendingChange?.(true);
    try {
      await onSubmit(values);
      succeeded();
    } catch (caught) {
      failed(formProblem(caught, "Could not save the time. Try again."));
    } finally {
      onPendingChange?.(false);
    }
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" aria-label={submitLabel}>
      {error ? <Alert>{error}</Alert> : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">When</legend>
        <div className="flex flex-wrap gap-2">
          <label className="min-w-36 flex-1 space-y-1 text-sm text-slate-700">
            <span className="block">Date</span>
            <input
              type="date"
              name="date"
              defaultValue={dateInput(start)}
              required
              aria-invalid={whenError ? true : undefined}
              aria-describedby={whenDescribedBy}
              className={inputClass}
            />
          </label>
          <label className="min-w-28 flex-1 space-y-1 text-sm text-slate-700">
            <span className="block">Time</span>
            <input
              type="time"
              name="time"
              defaultValue={timeInput(start)}
              required
              aria-invalid={whenError ? true : undefined}
              aria-describedby={whenDescribedBy}
              className={inputClass}
            />
          </label>
        </div>
        <p id={`${id}-zone`} className="text-xs text-slate-600" data-testid="schedule-zone">
          Your time zone: {zone ?? "…"}
        </p>
        {whenError ? (
          <p id={`${id}-when-error`} className="text-sm text-red-700">
            {whenError}
          </p>
        ) : null}
      </fieldset>
      <Field
        id={`${id}-duration`}
        name="duration_minutes"
        type="number"
        label="Duration (minutes)"
        min={DURATION_MINUTES.min}
        max={DURATION_MINUTES.max}
        step={5}
        defaultValue={initial?.duration_minutes ?? DURATION_MINUTES.default}
        hint={`${DURATION_MINUTES.min} to ${DURATION_MINUTES.max} minutes.`}
        error={fields.duration_minutes}
      />
      {withNote ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-700">
            Note (optional)
          </label>
          <textarea
            id={`${id}-note`}
            name="note"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            aria-invalid={fields.note ? true : undefined}
            aria-describedby={fields.note ? `${id}-note-error` : undefined}
            className={inputClass}
          />
          {fields.note ? (
            <p id={`${id}-note-error`} className="text-sm text-red-700">
              {fields.note}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
