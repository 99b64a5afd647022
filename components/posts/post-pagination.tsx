import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Newer / older page links under a post list, as on the posts screen. */
export async function PostPagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  const t = await getTranslations("posts");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-accent hover:underline">
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span data-testid="page-of">{t("pageOf", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="text-accent hover:underline">
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
