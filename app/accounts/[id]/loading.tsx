export default function Loading() {
  return (
    <div aria-busy="true" className="animate-pulse space-y-4">
      <div className="h-4 w-40 rounded bg-border" />
      <div className="h-8 w-72 rounded bg-border" />
      <div className="h-24 rounded bg-border" />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-28 rounded bg-border" />
        ))}
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <div className="h-48 rounded bg-border" />
        <div className="h-48 rounded bg-border" />
      </div>
      <div className="h-96 rounded bg-border" />
    </div>
  );
}
