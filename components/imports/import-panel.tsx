"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ImportAccountOption } from "@/lib/data/imports";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { AccountSelect, NEW_ACCOUNT } from "./account-select";
import { ConfirmOtherAccount } from "./confirm-other-account";
import { FeedForm } from "./feed-form";
import { FileDropzone } from "./file-dropzone";
import { ImportProgress } from "./import-progress";
import { ImportReport } from "./import-report";
import { fetchRun, startFeedImport, uploadFile, type UploadState } from "./import-requests";
import { NewAccountForm } from "./new-account-form";

/** Choose or create the account, drop a file, follow the import, read the report. */
export function ImportPanel({
  accounts,
  missions,
  platforms,
  maxBytes,
}: {
  accounts: ImportAccountOption[];
  missions: { id: string; name: string }[];
  platforms: readonly string[];
  maxBytes: number;
}) {
  const t = useTranslations("imports.upload");
  const router = useRouter();
  const baseId = useId();
  const [created, setCreated] = useState<ImportAccountOption[]>([]);
  const [accountId, setAccountId] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<UploadState>({ step: "idle" });
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmOther, setConfirmOther] = useState(false);
  const runId = upload.step === "importing" ? upload.runId : null;
  const run = useQuery({
    queryKey: ["import-run", runId],
    queryFn: () => fetchRun(runId!),
    enabled: runId !== null,
    refetchInterval: (query) => (query.state.data?.status === "running" || !query.state.data ? 500 : false),
  });
  const finished = run.data && run.data.status !== "running";
  useEffect(() => {
    // The list of recent imports is rendered on the server: refresh it once the run is over.
    if (finished) router.refresh();
  }, [finished, router]);

  const options = [...accounts, ...created.filter((c) => !accounts.some((a) => a.id === c.id))];
  const busy = upload.step === "uploading" || (upload.step === "importing" && !finished);
  // A file naming another account than the chosen one is refused until the user confirms it is this account's.
  const identityRefused = Boolean(
    finished &&
    run.data?.status === "rejected" &&
    run.data.errors.some((problem) => problem.field === "platformUserId"),
  );

  const chooseFile = (chosen: File | null | undefined) => {
    setFormError(null);
    if (chosen && chosen.size > maxBytes) {
      setFile(null);
      setFormError(t("tooLarge", { megabytes: maxBytes / 1024 / 1024 }));
      return;
    }
    setFile(chosen ?? null);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const confirmed = identityRefused && confirmOther;
    setConfirmOther(false);
    if (!file) {
      setFormError(t("fileRequired"));
      return;
    }
    setFormError(null);
    setUpload({ step: "uploading", fraction: 0 });
    try {
      const { status, body } = await uploadFile(
        file,
        accountId,
        (fraction) => setUpload({ step: "uploading", fraction }),
        confirmed,
      );
      if (status === 202 && body.id) setUpload({ step: "importing", runId: body.id });
      else if (status === 413)
        setUpload({ step: "error", message: t("tooLarge", { megabytes: maxBytes / 1024 / 1024 }) });
      else if (status === 403) setUpload({ step: "error", message: t("forbidden") });
      else if (status === 404) setUpload({ step: "error", message: t("accountMissing") });
      else setUpload({ step: "error", message: t("uploadFailed", { reason: body.error ?? `HTTP ${status}` }) });
    } catch {
      setUpload({ step: "error", message: t("uploadFailed", { reason: "network" }) });
    }
  };
  const onFeedStart = async (url: string) => {
    if (!accountId || accountId === NEW_ACCOUNT) {
      setFormError(t("feedNeedsAccount"));
      return;
    }
    setFormError(null);
    setUpload({ step: "uploading", fraction: 0 });
    try {
      const { status, body } = await startFeedImport(accountId, url);
      if (status === 202 && body.id) setUpload({ step: "importing", runId: body.id });
      else if (status === 403) setUpload({ step: "error", message: t("forbidden") });
      else if (status === 404) setUpload({ step: "error", message: t("accountMissing") });
      else if (status === 400) setUpload({ step: "error", message: t("feedErrors.invalid_url") });
      else if (body.reason && t.has(`feedErrors.${body.reason}`)) {
        setUpload({
          step: "error",
          message: t(`feedErrors.${body.reason}`, { status: body.status ?? 0, megabytes: body.megabytes ?? 0 }),
        });
      } else setUpload({ step: "error", message: t("feedRefused", { reason: body.error ?? `HTTP ${status}` }) });
    } catch {
      setUpload({ step: "error", message: t("uploadFailed", { reason: "network" }) });
    }
  };
  const reset = () => {
    setUpload({ step: "idle" });
    setFile(null);
  };

  return (
    <section
      aria-labelledby={`${baseId}-heading`}
      className="space-y-4 rounded-lg border border-border bg-card p-4"
      data-testid="import-panel"
    >
      <h2 id={`${baseId}-heading`} className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {accountId === NEW_ACCOUNT ? (
        <NewAccountForm
          missions={missions}
          platforms={platforms}
          onCancel={() => setAccountId("")}
          onCreated={(account) => {
            setCreated((list) => [...list, account]);
            setAccountId(account.id);
            router.refresh();
          }}
        />
      ) : null}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {accountId !== NEW_ACCOUNT && (
          <AccountSelect options={options} value={accountId} onChange={setAccountId} disabled={busy} />
        )}
        <FileDropzone file={file} disabled={busy} onFile={chooseFile} />
        {formError && (
          <FormMessage tone="error" className="text-sm">
            {formError}
          </FormMessage>
        )}
        {identityRefused && (
          <ConfirmOtherAccount checked={confirmOther} onChange={setConfirmOther} canStart={file !== null} />
        )}
        <div className="flex flex-wrap gap-3">
          {upload.step === "importing" && finished ? (
            <Button variant="secondary" onClick={reset}>
              {t("another")}
            </Button>
          ) : (
            <Button type="submit" disabled={busy || accountId === NEW_ACCOUNT} data-testid="import-start">
              {busy ? t("importing") : t("start")}
            </Button>
          )}
        </div>
      </form>
      <FeedForm disabled={busy} onStart={onFeedStart} />
      {(upload.step === "uploading" || (upload.step === "importing" && !finished)) && (
        <ImportProgress upload={upload} run={run.data} />
      )}
      {upload.step === "error" && (
        <FormMessage tone="error" className="text-sm">
          {upload.message}
        </FormMessage>
      )}
      {finished && run.data && <ImportReport run={run.data} showRunLink />}
    </section>
  );
}
