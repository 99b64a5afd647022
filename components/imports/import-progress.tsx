"use client";

import { useTranslations } from "next-intl";
import type { ImportRunDetail } from "@/lib/data/imports";
import type { UploadState } from "./import-requests";

/** How far the upload, then the import, has come; announced politely as it changes. */
export function ImportProgress({ upload, run }: { upload: UploadState; run: ImportRunDetail | undefined }) {
  const t = useTranslations("imports.progress");
  let value: number | undefined;
  let label: string;
  if (upload.step === "uploading") {
    value = upload.fraction * 0.3;
    label = t("uploading", { percent: upload.fraction });
  } else {
    const progress = run?.progress;
    if (!progress || progress.phase === "queued") label = t("queued");
    else if (progress.phase === "parsing") {
      value = 0.3;
      label = t("parsing");
    } else if (progress.phase === "writing") {
      value = 0.35 + (progress.total > 0 ? (progress.written / progress.total) * 0.65 : 0);
      label = t("writing", { written: progress.written, total: progress.total });
    } else {
      value = 1;
      label = t("finished");
    }
  }
  return (
    <div className="space-y-1" data-testid="import-progress">
      <progress className="h-2 w-full accent-accent" max={1} value={value} aria-label={t("label")} />
      <p className="text-sm text-muted" aria-live="polite">
        {label}
      </p>
    </div>
  );
}
