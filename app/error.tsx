"use client";

import { useTranslations } from "next-intl";

export default function ErrorBoundary({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div
      role="alert"
      className="rounded-lg border border-rose-300 bg-rose-50 p-6 text-rose-900 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-100"
    >
      <p className="mb-3">{t("unexpected")}</p>
      <button type="button" onClick={reset} className="rounded bg-rose-700 px-3 py-1.5 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
