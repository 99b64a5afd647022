"use client";

import { useEffect, useId, useState, type DragEvent, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { createAccountAction } from "@/lib/actions/imports";
import type { ImportAccountOption, ImportRunDetail } from "@/lib/data/imports";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ImportReport } from "./import-report";

const NEW_ACCOUNT = "__new__";

type UploadState =
  | { step: "idle" }
  | { step: "uploading"; fraction: number }
  | { step: "importing"; runId: string }
  | { step: "error"; message: string };

/** Sends the file as the request body; XMLHttpRequest because fetch reports no upload progress. */
function uploadFile(
  file: File,
  accountId: string,
  onProgress: (fraction: number) => void,
  confirmOtherAccount = false,
): Promise<{ status: number; body: { id?: string; error?: string } }> {
  return new Promise((resolve, reject) => {
    const params = new URLSearchParams({ fileName: file.name });
    if (accountId) params.set("accountId", accountId);
    if (confirmOtherAccount) params.set("confirmOtherAccount", "1");
    const request = new XMLHttpRequest();
    request.open("POST", `/api/imports?${params}`);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { id?: string; error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's HTML error page: the status says enough.
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error("network"));
    request.send(file);
  });
}

async function fetchRun(runId: string): Promise<ImportRunDetail> {
  const response = await fetch(`/api/imports/${encodeURIComponent(runId)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as ImportRunDetail;
}

function NewAccountForm({
  missions,
  platforms,
  onCreated,
  onCancel,
}: {
  missions: { id: string; name: string }[];
  platforms: readonly string[];
  onCreated: (account: ImportAccountOption) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("imports.newAccount");
  const errorText = useTranslations("imports.errors");
  const text = (code: string) => (errorText.has(code) ? errorText(code) : errorText("unexpected"));
  const [submitted, setSubmitted] = useState<ImportAccountOption | null>(null);
  const form = useActionForm(createAccountAction, { errorText: text });
  const { state, pending, baseId } = form;
  useEffect(() => {
    if (state?.ok && submitted) onCreated({ ...submitted, id: state.data.id });
    // Only a new result should create the option, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const missionName = missions.find((m) => m.id === formData.get("missionId"))?.name ?? "";
    setSubmitted({ id: "", platform: String(formData.get("platform")), handle: String(formData.get("handle")).trim().replace(/^@/, ""), ownerType: String(formData.get("ownerType") ?? "institutional"), missionName });
    form.submit(formData);
  };
  const general = state && !state.ok && !form.hasFieldErrors ? text(state.error) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-dashed border-border p-3" aria-labelledby={`${baseId}-heading`} data-testid="new-account-form">
      <h3 id={`${baseId}-heading`} className="font-medium">
        {t("heading")}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field {...form.field("missionId")} label={t("mission")}>
          {(control) => (
            <Select {...control} defaultValue="">
              <option value="">{t("chooseMission")}</option>
              {missions.map((mission) => (
                <option key={mission.id} value={mission.id}>
                  {mission.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field {...form.field("platform")} label={t("platform")}>
          {(control) => (
            <Select {...control} defaultValue="x">
              {platforms.map((platform) => (
                <option key={platform} value={platform}>
                  {platform}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field {...form.field("handle")} label={t("handle")} description={t("handleHint")}>
          {(control) => <Input {...control} type="text" autoComplete="off" />}
        </Field>
        <Field {...form.field("displayName")} label={t("displayName")}>
          {(control) => <Input {...control} type="text" autoComplete="off" />}
        </Field>
        <Field {...form.field("url")} label={t("url")} className="text-sm sm:col-span-2">
          {(control) => <Input {...control} type="url" autoComplete="off" />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        {general && (
          <FormMessage tone="error" className="text-sm">
            {general}
          </FormMessage>
        )}
      </div>
    </form>
  );
}

function ProgressLine({ upload, run }: { upload: UploadState; run: ImportRunDetail | undefined }) {
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
  const format = useFormatter();
  const router = useRouter();
  const baseId = useId();
  const [created, setCreated] = useState<ImportAccountOption[]>([]);
  const [accountId, setAccountId] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
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
  const missionNames = [...new Set(options.map((account) => account.missionName))].sort((a, b) => a.localeCompare(b));
  const busy = upload.step === "uploading" || (upload.step === "importing" && !finished);
  // A file naming another account than the chosen one is refused until the user confirms it is this account's.
  const identityRefused = Boolean(finished && run.data?.status === "rejected" && run.data.errors.some((problem) => problem.field === "platformUserId"));

  const chooseFile = (chosen: File | null | undefined) => {
    setFormError(null);
    if (chosen && chosen.size > maxBytes) {
      setFile(null);
      setFormError(t("tooLarge", { megabytes: maxBytes / 1024 / 1024 }));
      return;
    }
    setFile(chosen ?? null);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) chooseFile(event.dataTransfer.files[0]);
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
      const { status, body } = await uploadFile(file, accountId, (fraction) => setUpload({ step: "uploading", fraction }), confirmed);
      if (status === 202 && body.id) setUpload({ step: "importing", runId: body.id });
      else if (status === 413) setUpload({ step: "error", message: t("tooLarge", { megabytes: maxBytes / 1024 / 1024 }) });
      else if (status === 403) setUpload({ step: "error", message: t("forbidden") });
      else if (status === 404) setUpload({ step: "error", message: t("accountMissing") });
      else setUpload({ step: "error", message: t("uploadFailed", { reason: body.error ?? `HTTP ${status}` }) });
    } catch {
      setUpload({ step: "error", message: t("uploadFailed", { reason: "network" }) });
    }
  };
  const [feedUrl, setFeedUrl] = useState("");
  const onFeedSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!accountId || accountId === NEW_ACCOUNT) {
      setFormError(t("feedNeedsAccount"));
      return;
    }
    setFormError(null);
    setUpload({ step: "uploading", fraction: 0 });
    try {
      const response = await fetch("/api/imports/feed", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ accountId, url: feedUrl.trim() }) });
      const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string; reason?: string; status?: number; megabytes?: number };
      if (response.status === 202 && body.id) setUpload({ step: "importing", runId: body.id });
      else if (response.status === 403) setUpload({ step: "error", message: t("forbidden") });
      else if (response.status === 404) setUpload({ step: "error", message: t("accountMissing") });
      else if (response.status === 400) setUpload({ step: "error", message: t("feedErrors.invalid_url") });
      else if (body.reason && t.has(`feedErrors.${body.reason}`)) {
        setUpload({ step: "error", message: t(`feedErrors.${body.reason}`, { status: body.status ?? 0, megabytes: body.megabytes ?? 0 }) });
      } else setUpload({ step: "error", message: t("feedRefused", { reason: body.error ?? `HTTP ${response.status}` }) });
    } catch {
      setUpload({ step: "error", message: t("uploadFailed", { reason: "network" }) });
    }
  };
  const reset = () => {
    setUpload({ step: "idle" });
    setFile(null);
  };

  return (
    <section aria-labelledby={`${baseId}-heading`} className="space-y-4 rounded-lg border border-border bg-card p-4" data-testid="import-panel">
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
          <div className="max-w-xl text-sm">
            <label htmlFor={`${baseId}-account`} className="mb-1 block font-medium">{t("account")}</label>
            <Select
              id={`${baseId}-account`}
              value={accountId}
              onChange={(event) => setAccountId(event.target.value)}
              disabled={busy}
              aria-describedby={`${baseId}-account-hint`}
              data-testid="import-account"
            >
              <option value="">{t("noAccount")}</option>
              {missionNames.map((mission) => (
                <optgroup key={mission} label={mission}>
                  {options
                    .filter((account) => account.missionName === mission)
                    .map((account) => (
                      <option key={account.id} value={account.id}>
                        {account.platform} · {account.handle}
                        {account.ownerType === "individual" ? ` · ${t("personalAccount")}` : ""}
                      </option>
                    ))}
                </optgroup>
              ))}
              <option value={NEW_ACCOUNT}>{t("newAccount")}</option>
            </Select>
            <FieldDescription id={`${baseId}-account-hint`}>{t("accountHint")}</FieldDescription>
          </div>
        )}
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`rounded-lg border-2 border-dashed p-6 text-center text-sm ${dragging ? "border-accent bg-accent/5" : "border-border"}`}
          data-testid="import-dropzone"
        >
          <label htmlFor={`${baseId}-file`} className="mb-2 block font-medium">{t("drop")}</label>
          <input
            id={`${baseId}-file`}
            type="file"
            disabled={busy}
            onChange={(event) => chooseFile(event.target.files?.[0])}
            className="mx-auto block max-w-full text-sm"
            data-testid="import-file"
          />
          {file && <p className="mt-2 text-muted">{t("chosen", { name: file.name, size: format.number(file.size / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 }) })}</p>}
        </div>
        {formError && (
          <FormMessage tone="error" className="text-sm">
            {formError}
          </FormMessage>
        )}
        {identityRefused && (
          <div className="space-y-2 rounded border border-amber-400 p-3 text-sm" data-testid="import-confirm-other">
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={confirmOther} onChange={(event) => setConfirmOther(event.target.checked)} className="mt-1" />
              <span>{t("confirmOtherAccount")}</span>
            </label>
            <Button type="submit" disabled={!confirmOther || !file} data-testid="import-confirm-start">
              {t("importConfirmed")}
            </Button>
          </div>
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
      <form onSubmit={onFeedSubmit} noValidate className="flex flex-wrap items-end gap-3 border-t border-border pt-4" data-testid="feed-form">
        <div className="min-w-64 flex-1 text-sm">
          <label htmlFor={`${baseId}-feed`} className="mb-1 block font-medium">
            <span className="text-muted">{t("or")} </span>
            {t("feedUrl")}
          </label>
          <Input
            id={`${baseId}-feed`}
            type="url"
            value={feedUrl}
            onChange={(event) => setFeedUrl(event.target.value)}
            disabled={busy}
            placeholder="https://"
            aria-describedby={`${baseId}-feed-hint`}
          />
          <FieldDescription id={`${baseId}-feed-hint`}>{t("feedHint")}</FieldDescription>
        </div>
        <Button type="submit" variant="secondary" disabled={busy || feedUrl.trim() === ""}>
          {t("feedStart")}
        </Button>
      </form>
      {(upload.step === "uploading" || (upload.step === "importing" && !finished)) && <ProgressLine upload={upload} run={run.data} />}
      {upload.step === "error" && (
        <FormMessage tone="error" className="text-sm">
          {upload.message}
        </FormMessage>
      )}
      {finished && run.data && <ImportReport run={run.data} showRunLink />}
    </section>
  );
}
