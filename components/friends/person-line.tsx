/** Initial, name and email of a person (and their presence, for a friend), shrinking gracefully on a phone. */
export function PersonLine({ person, detail, status }: { person: { name: string; email?: string }; detail?: React.ReactNode; status?: React.ReactNode }) {
  return (
    <div className="flex min-w-[11rem] flex-1 basis-48 items-center gap-3">
      <span aria-hidden className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700">
        {person.name.slice(0, 1).toUpperCase()}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium text-slate-900">{person.name}</p>
        {detail ?? (person.email ? <p className="truncate text-sm text-slate-500">{person.email}</p> : null)}
        {status}
      </div>
    </div>
  );
}
