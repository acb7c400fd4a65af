import Form from "next/form";
import Link from "next/link";
import { SESSION_STATUSES as sessionStatusValues } from "@/lib/sessions/rules";
import { FilterSelect, filterInputClass } from "@/components/admin/filter-select";

export type FilterValues = { status: string; created_from: string; created_to: string; q: string; limit: string };

export const FILTER_LABELS: Record<string, string> = { q: "Search", status: "Status", created_from: "Created from", created_to: "Created to", limit: "Page size" };

/** The API's message with field names in the words the form uses. */
export function inWords(message: string): string {
  return message.replace(/\b(created_from|created_to)\b/g, (name) => `“${FILTER_LABELS[name]}”`);
}


function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="text-sm text-red-600">
      {inWords(message)}
    </p>
  ) : null;
}

/** A plain GET form: the filters live in the address, so a filtered list can be shared and reloaded. */
export function SessionFilters({ values, errors }: { values: FilterValues; errors: Record<string, string> }) {
  const describe = (name: keyof FilterValues) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `filter-${name}-error` } : {};
  // Date inputs only hold a day; a date-time typed into the address is shown as its day.
  const day = (value: string) => (/^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? "");
  return (
    <Form action="/admin" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-start" aria-label="Filter sessions">
      <div className="space-y-1 sm:col-span-2 lg:col-span-4">
        <label htmlFor="filter-q" className="block text-sm font-medium text-slate-700">
          Search
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={values.q} placeholder="Name, email or meeting id" maxLength={200} className={filterInputClass} {...describe("q")} />
        <FieldError id="filter-q" message={errors.q} />
      </div>
      <FilterSelect
        id="filter-status"
        name="status"
        label="Status"
        value={values.status}
        options={[{ value: "", label: "All statuses" }, ...sessionStatusValues.map((status) => ({ value: status, label: status[0]!.toUpperCase() + status.slice(1) }))]}
        error={errors.status ? <FieldError id="filter-status" message={errors.status} /> : undefined}
      />
      {(["created_from", "created_to"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-700">
            {FILTER_LABELS[name]}
          </label>
          <input id={`filter-${name}`} name={name} type="date" defaultValue={day(values[name])} className={filterInputClass} {...describe(name)} />
          <FieldError id={`filter-${name}`} message={errors[name]} />
        </div>
      ))}
      {values.limit ? <input type="hidden" name="limit" value={values.limit} /> : null}
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1 lg:pt-6">
        <button type="submit" className="inline-flex h-10 flex-1 items-center whitespace-nowrap justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Apply filters
        </button>
        <Link href="/admin" className="inline-flex h-10 flex-1 items-center whitespace-nowrap justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
          Clear
        </Link>
      </div>
    </Form>
  );
}
