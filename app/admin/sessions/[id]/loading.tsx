export default function AdminSessionLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading…</p>
      <div className="h-4 w-24 animate-pulse rounded bg-slate-200" />
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-48 animate-pulse rounded-lg bg-slate-200/70" />
      <div className="h-32 animate-pulse rounded-lg bg-slate-200/60" />
      <div className="h-64 animate-pulse rounded-lg bg-slate-200/50" />
    </div>
  );
}
