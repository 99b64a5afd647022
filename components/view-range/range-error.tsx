import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { asOfBounds, type ViewRangeErrorCode } from "@/lib/validations/view-range";

/**
 * Explains which URL parameter is wrong and how to write it, instead of
 * failing the page; under the page's heading when given one.
 */
export async function RangeError({
  errors,
  resetHref,
  title,
}: {
  errors: { field: string; code: ViewRangeErrorCode; value: string }[];
  resetHref: string;
  /** The page's own heading, for pages whose heading does not depend on their data. */
  title?: string;
}) {
  const t = await getTranslations("errors");
  const bounds = asOfBounds();
  const alert = (
    <Alert data-testid="range-error">
      <h2 className="mb-2 font-semibold">{t("title")}</h2>
      <ul className="mb-3 list-disc space-y-1 pl-5">
        {errors.map((error) => (
          <li key={error.field}>{t(error.code, { value: error.value, ...bounds })}</li>
        ))}
      </ul>
      <Link href={resetHref} className="font-medium underline">
        {t("backToDefault")}
      </Link>
    </Alert>
  );
  if (title === undefined) return alert;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
      {alert}
    </>
  );
}
