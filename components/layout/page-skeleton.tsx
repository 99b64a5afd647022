/** Placeholder while a dashboard page loads: the shape of its header, cards and table. */
export function PageSkeleton() {
  return (
    <div aria-busy="true" className="animate-pulse space-y-4">
      <div className="h-8 w-64 rounded bg-border" />
      <div className="h-24 rounded bg-border" />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-24 rounded bg-border" />
        ))}
      </div>
      <div className="h-96 rounded bg-border" />
    </div>
  );
}
