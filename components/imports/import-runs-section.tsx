import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/permissions";
import { listImportRuns } from "@/lib/data/imports";
import { ImportRunTable } from "./import-run-table";

/** The newest import runs the viewer may see, each a link to its report. */
export async function ImportRunsSection({ viewer }: { viewer: Viewer }) {
  const [t, runs] = await Promise.all([getTranslations("imports"), listImportRuns(viewer)]);
  return (
    <section aria-labelledby="runs-heading">
      <h2 id="runs-heading" className="mb-2 text-lg font-semibold">
        {t("runs.heading")}
      </h2>
      <ImportRunTable runs={runs} />
    </section>
  );
}
