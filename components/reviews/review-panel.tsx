"use client";

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { addReviewAction, setReviewActionStatusAction } from "@/lib/actions/reviews";
import type { ActionResult } from "@/lib/auth/protected-action";
import type { MissionQuarterReviews, ReviewActionItem } from "@/lib/data/reviews";
import type { ReviewActionStatus } from "@/lib/validations/reviews";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/admin-form";

const STATUS_TONES: Record<ReviewActionStatus, BadgeTone> = { open: "warning", done: "success", dropped: "neutral" };

function useErrorText() {
  const t = useTranslations("reviews.errors");
  return (code: string) => (t.has(code) ? t(code) : t("unexpected"));
}

/** One agreed action with its status and, for those who may, the buttons that change it. */
function ActionRow({ action, canClose }: { action: ReviewActionItem; canClose: boolean }) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  const errorText = useErrorText();
  const [state, dispatch, pending] = useActionState<ActionResult<ReviewActionStatus> | null, FormData>(setReviewActionStatusAction, null);
  const change = (status: ReviewActionStatus) => {
    const data = new FormData();
    data.set("actionId", action.id);
    data.set("status", status);
    startTransition(() => dispatch(data));
  };
  const verbs: [ReviewActionStatus, string][] =
    action.status === "open" ? [["done", t("markDone")], ["dropped", t("drop")]] : [["open", t("reopen")]];
  return (
    <li className="flex flex-wrap items-start gap-2 py-1" data-testid="review-action" data-status={action.status}>
      <Badge tone={STATUS_TONES[action.status]}>{t(`status.${action.status}`)}</Badge>
      <span className="min-w-0 flex-1 break-words">
        {action.text}
        {action.closedAt && (
          <span className="block text-xs text-muted">
            {t("closedBy", {
              status: t(`status.${action.status}`),
              date: format.dateTime(action.closedAt, { dateStyle: "medium" }),
              name: action.closedByName ?? "—",
            })}
          </span>
        )}
      </span>
      {canClose && (
        <span className="flex gap-2">
          {verbs.map(([status, verb]) => (
            <button
              key={status}
              type="button"
              disabled={pending}
              onClick={() => change(status)}
              className={secondaryButtonClass}
              aria-label={t("actionLabel", { verb, text: action.text })}
            >
              {verb}
            </button>
          ))}
        </span>
      )}
      {state && !state.ok && (
        <span role="alert" className="w-full text-xs text-rose-700 dark:text-rose-300">
          {errorText(state.error)}
        </span>
      )}
    </li>
  );
}

function AddReviewForm({ missionId, quarter, today }: { missionId: string; quarter: string; today: string }) {
  const t = useTranslations("reviews.form");
  const errorText = useErrorText();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(addReviewAction, null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (name: string, hint = false) => ({
    id: `${baseId}-${name}`,
    name,
    "aria-invalid": fieldErrors[name] ? true : undefined,
    "aria-describedby": [hint && `${baseId}-${name}-hint`, fieldErrors[name] && `${baseId}-${name}-error`].filter(Boolean).join(" ") || undefined,
  });
  const error = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${baseId}-${name}-error`} className="mt-1 text-xs text-rose-700 dark:text-rose-300">
        {fieldErrors[name].map(errorText).join(" ")}
      </p>
    ) : null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const general = state && !state.ok && Object.keys(fieldErrors).filter((k) => !["reviewedOn", "note", "actions"].includes(k)).length > 0;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-border p-3" aria-labelledby={`${baseId}-heading`} data-testid="add-review-form">
      <h4 id={`${baseId}-heading`} className="font-medium">
        {t("heading")}
      </h4>
      <input type="hidden" name="missionId" value={missionId} />
      <input type="hidden" name="quarter" value={quarter} />
      <div className="max-w-xs text-sm">
        <label htmlFor={`${baseId}-reviewedOn`} className="mb-1 block font-medium">{t("reviewedOn")}</label>
        <input {...field("reviewedOn")} type="date" defaultValue={today} max={today} className={inputClass} />
        {error("reviewedOn")}
      </div>
      <div className="text-sm">
        <label htmlFor={`${baseId}-note`} className="mb-1 block font-medium">{t("note")}</label>
        <textarea {...field("note", true)} rows={4} maxLength={5000} className={inputClass} />
        <p id={`${baseId}-note-hint`} className="mt-1 text-xs text-muted">{t("noteHint")}</p>
        {error("note")}
      </div>
      <div className="text-sm">
        <label htmlFor={`${baseId}-actions`} className="mb-1 block font-medium">{t("actions")}</label>
        <textarea {...field("actions", true)} rows={3} className={inputClass} />
        <p id={`${baseId}-actions-hint`} className="mt-1 text-xs text-muted">{t("actionsHint")}</p>
        {error("actions")}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : t("submit")}
        </button>
        {state?.ok && (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
            {t("saved")}
          </p>
        )}
        {state && !state.ok && (general || Object.keys(fieldErrors).length === 0) && (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
            {errorText(state.error)}
          </p>
        )}
      </div>
    </form>
  );
}

/** A mission's quarter review: last quarter's agreed actions and whether they were done, this quarter's reviews, and the form to add one. */
export function ReviewPanel({ missionId, data, today }: { missionId: string; data: MissionQuarterReviews; today: string }) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  const done = data.previousActions.filter((a) => a.status === "done").length;
  return (
    <section aria-labelledby="reviews-heading" className="space-y-4 rounded-lg border border-border bg-card p-4" data-testid="review-panel">
      <div>
        <h2 id="reviews-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <div data-testid="previous-actions">
        <h3 className="font-medium">{t("previousHeading", { quarter: data.previousQuarter })}</h3>
        {data.previousActions.length === 0 ? (
          <p className="text-sm text-muted">{t("previousEmpty", { quarter: data.previousQuarter })}</p>
        ) : (
          <>
            <p className="text-sm" data-testid="previous-actions-done">
              {t("previousDone", { done, total: data.previousActions.length })}
            </p>
            <ul className="divide-y divide-border text-sm">
              {data.previousActions.map((action) => (
                <ActionRow key={action.id} action={action} canClose={data.canCloseActions} />
              ))}
            </ul>
          </>
        )}
      </div>
      <div data-testid="current-reviews">
        <h3 className="font-medium">{t("currentHeading", { quarter: data.quarter })}</h3>
        {data.reviews.length === 0 ? (
          <p className="text-sm text-muted">{t("currentEmpty", { quarter: data.quarter })}</p>
        ) : (
          <ul className="space-y-3">
            {data.reviews.map((review) => (
              <li key={review.id} className="rounded border border-border p-3 text-sm" data-testid="review">
                <p className="text-xs text-muted">
                  {t("reviewedOn", { date: format.dateTime(review.reviewedOn, { dateStyle: "long", timeZone: "UTC" }) })}
                  {review.authorName ? ` · ${t("by", { name: review.authorName })}` : ""}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words">{review.note}</p>
                <p className="mt-2 font-medium">{t("actionsHeading")}</p>
                {review.actions.length === 0 ? (
                  <p className="text-muted">{t("noActions")}</p>
                ) : (
                  <ul className="divide-y divide-border">
                    {review.actions.map((action) => (
                      <ActionRow key={action.id} action={action} canClose={data.canCloseActions} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {data.canWrite && <AddReviewForm missionId={missionId} quarter={data.quarter} today={today} />}
    </section>
  );
}
