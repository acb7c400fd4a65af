export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the conversation…
      </p>
      <div className="animate-pulse space-y-2">
        <div className="h-4 w-16 rounded bg-slate-200" />
        <div className="h-7 w-48 rounded bg-slate-200" />
      </div>
      <div className="h-[60dvh] min-h-64 animate-pulse rounded-lg border border-slate-200 bg-slate-100" />
    </div>
  );
}
