import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/permissions";
import { getStakeholderDirectory } from "@/lib/data/stakeholders";
import type { Period } from "@/lib/metrics/dates";
import type { StakeholderQuery } from "@/lib/validations/stakeholders";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { DirectoryFilters } from "./directory-filters";
import { StakeholderDirectory } from "./stakeholder-directory";

interface StakeholderDirectorySectionProps {
  viewer: Viewer;
  period: Period;
  query: StakeholderQuery;
  /** The view's as-of date and period. */
  view: ViewParams;
  /** The view with its mission, category and search: what the directory's pages keep. */
  keep: ViewParams;
  canLabel: boolean;
  postsHref: (handle: string) => string;
}

/** Every account the missions engaged with, filtered by category or search, a page at a time, labelled by those who may. */
export async function StakeholderDirectorySection({
  viewer,
  period,
  query,
  view,
  keep,
  canLabel,
  postsHref,
}: StakeholderDirectorySectionProps) {
  const t = await getTranslations("stakeholders");
  const format = await getFormatter();
  const directory = await getStakeholderDirectory(viewer, period, query);
  return (
    <section className="mb-6">
      <h2 className="mb-1 font-semibold">{t("directory.heading")}</h2>
      <p className="mb-2 text-sm text-muted" data-testid="directory-summary">
        {t("directory.summary", { all: directory.all, labelled: directory.labelled })}
        {(query.category || query.search) && ` · ${t("directory.filtered", { count: directory.total })}`}
      </p>
      <DirectoryFilters query={query} keep={{ ...view, mission: query.missionId ?? undefined }} />
      {/* Kept mounted when labelling empties the filtered list, so the outcome stays on screen. */}
      <StakeholderDirectory
        // A new page or filter starts with nothing selected.
        key={`${query.category}:${query.search}:${directory.page}`}
        canLabel={canLabel}
        rows={directory.rows.map((row) => ({ ...row, postsHref: postsHref(row.handle) }))}
      />
      {directory.pageCount > 1 && (
        <nav
          className="mt-3 flex items-center gap-3 text-sm"
          aria-label={t("directory.page", { page: directory.page, pageCount: directory.pageCount })}
        >
          {directory.page > 1 && (
            <Link href={hrefWith("/stakeholders", keep, { page: String(directory.page - 1) })}>
              {t("directory.previous")}
            </Link>
          )}
          <span>
            {t("directory.page", {
              page: format.number(directory.page),
              pageCount: format.number(directory.pageCount),
            })}
          </span>
          {directory.page < directory.pageCount && (
            <Link href={hrefWith("/stakeholders", keep, { page: String(directory.page + 1) })}>
              {t("directory.next")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
