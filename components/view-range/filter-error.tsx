import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** The URL's filters could not be read: which ones, and a way back to the view without them. */
export function FilterError({
  message,
  clearLabel,
  clearHref,
}: {
  message: string;
  clearLabel: string;
  clearHref: string;
}) {
  return (
    <Alert data-testid="filter-error">
      <p>{message}</p>
      <Link href={clearHref} className="font-medium underline">
        {clearLabel}
      </Link>
    </Alert>
  );
}
