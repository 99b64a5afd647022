import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PAGE_SIZES } from "@/lib/validations/page-param";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The list at another page (and page size, when the list offers a choice). */
  href: (change: { page: number; pageSize?: number }) => string;
  /** The current rows per page, when the reader may choose it. */
  pageSize?: number;
  testId?: string;
}

/** Previous / next links under a paged list, with "Page n of m" and the rows-per-page choice. */
export async function Pagination({ page, pageCount, href, pageSize, testId }: PaginationProps) {
  const t = await getTranslations("pagination");
  const format = await getFormatter();
  if (pageCount <= 1 && pageSize === undefined) return null;
  return (
    <nav
      aria-label={t("label")}
      className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm"
      data-testid={testId}
    >
      {pageCount > 1 ? (
        <span className="flex items-center gap-4">
          {page > 1 ? (
            <Link href={href({ page: page - 1 })} className="text-accent hover:underline" rel="prev">
              ← {t("previous")}
            </Link>
          ) : (
            <span className="text-muted">← {t("previous")}</span>
          )}
          <span data-testid="page-of">
            {t("pageOf", { page: format.number(page), pages: format.number(pageCount) })}
          </span>
          {page < pageCount ? (
            <Link href={href({ page: page + 1 })} className="text-accent hover:underline" rel="next">
              {t("next")} →
            </Link>
          ) : (
            <span className="text-muted">{t("next")} →</span>
          )}
        </span>
      ) : (
        <span />
      )}
      {pageSize !== undefined && (
        <span className="flex items-center gap-2 text-muted">
          {t("rowsPerPage")}
          {PAGE_SIZES.map((size) =>
            size === pageSize ? (
              <span key={size} aria-current="true" className="font-medium text-foreground">
                {format.number(size)}
              </span>
            ) : (
              <Link key={size} href={href({ page: 1, pageSize: size })} className="text-accent hover:underline">
                {format.number(size)}
              </Link>
            ),
          )}
        </span>
      )}
    </nav>
  );
}
