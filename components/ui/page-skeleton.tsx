/** What a page looks like while its data loads: the heading, and grey blocks where lists go. */
export function PageSkeleton({ title, blocks = 2 }: { title: string; blocks?: number }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="sr-only" role="status">
        Loading…
      </p>
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} className="animate-pulse space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <div className="h-5 w-40 rounded bg-slate-200" />
          <div className="h-4 w-full rounded bg-slate-100" />
          <div className="h-4 w-2/3 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
