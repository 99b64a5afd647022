import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportRunDetail } from "@/lib/data/imports";

/** What the run read and how: its format, account, who started it and from where, when, the file's size and hash. */
export async function ImportRunFacts({ run }: { run: ImportRunDetail }) {
  const [t, format] = await Promise.all([getTranslations("imports"), getFormatter()]);
  const formatName = t.has(`formats.${run.format}`) ? t(`formats.${run.format}`) : run.format;
  const facts: [string, ReactNode][] = [
    [t("runs.format"), formatName],
    [
      t("runs.account"),
      run.account ? (
        <Link href={`/accounts/${run.account.id}`} className="text-accent underline">
          {run.account.platform} · {run.account.handle}
        </Link>
      ) : (
        "—"
      ),
    ],
    [t("runs.by"), run.actorName ?? t("runs.commandLine")],
    [t("run.via"), t(`run.viaValue.${run.via === "cli" ? "cli" : "web"}`)],
    [
      t("run.startedAt"),
      <time key="s" dateTime={run.startedAt.toISOString()}>
        {format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "medium" })}
      </time>,
    ],
    [
      t("run.finishedAt"),
      run.finishedAt ? (
        <time key="f" dateTime={run.finishedAt.toISOString()}>
          {format.dateTime(run.finishedAt, { dateStyle: "medium", timeStyle: "medium" })}
        </time>
      ) : (
        "—"
      ),
    ],
    [t("run.size"), format.number(run.fileBytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 })],
    [
      t("run.hash"),
      <code key="h" className="break-all text-xs">
        {run.fileHash}
      </code>,
    ],
  ];
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-muted">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
