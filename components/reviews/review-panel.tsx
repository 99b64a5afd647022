"use client";

import { useFormatter, useTranslations } from "next-intl";
import { addReviewAction, setReviewActionStatusAction } from "@/lib/actions/reviews";
import type { MissionQuarterReviews, ReviewActionItem } from "@/lib/data/reviews";
import type { ReviewActionStatus } from "@/lib/validations/reviews";
import { parseQuarter } from "@/lib/metrics/quarters";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, messageTone } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";

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
  const { state, pending, submit } = useActionForm(setReviewActionStatusAction);
  const change = (status: ReviewActionStatus) => submit({ actionId: action.id, status });
  const verbs: [ReviewActionStatus, string][] =
    action.status === "open"
      ? [
          ["done", t("markDone")],
          ["dropped", t("drop")],
        ]
      : [["open", t("reopen")]];
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
            <Button
              key={status}
              variant="secondary"
              disabled={pending}
              onClick={() => change(status)}
              aria-label={t("actionLabel", { verb, text: action.text })}
            >
              {verb}
            </Button>
          ))}
        </span>
      )}
      {state && !state.ok && (
        <span role="alert" className={`w-full text-xs ${messageTone("error")}`}>
          {errorText(state.error)}
        </span>
      )}
    </li>
  );
}

function AddReviewForm({ missionId, quarter, today }: { missionId: string; quarter: string; today: string }) {
  const t = useTranslations("reviews.form");
  const errorText = useErrorText();
  const { state, pending, onSubmit, formRef, field, fieldErrors, hasFieldErrors, baseId } = useActionForm(
    addReviewAction,
    { resetOnSuccess: true, errorText },
  );
  const general =
    state &&
    !state.ok &&
    Object.keys(fieldErrors).filter((k) => !["reviewedOn", "note", "actions"].includes(k)).length > 0;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded border border-border p-3"
      aria-labelledby={`${baseId}-heading`}
      data-testid="add-review-form"
    >
      <h4 id={`${baseId}-heading`} className="font-medium">
        {t("heading")}
      </h4>
      <input type="hidden" name="missionId" value={missionId} />
      <input type="hidden" name="quarter" value={quarter} />
      <Field {...field("reviewedOn")} label={t("reviewedOn")} className="max-w-xs text-sm">
        {(control) => <Input {...control} type="date" defaultValue={today} max={today} />}
      </Field>
      <Field {...field("note")} label={t("note")} description={t("noteHint")}>
        {(control) => <Textarea {...control} rows={4} maxLength={5000} />}
      </Field>
      <Field {...field("actions")} label={t("actions")} description={t("actionsHint")}>
        {(control) => <Textarea {...control} rows={3} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </Button>
        {state?.ok && (
          <FormMessage tone="success" className="text-sm">
            {t("saved")}
          </FormMessage>
        )}
        {state && !state.ok && (general || !hasFieldErrors) && (
          <FormMessage tone="error" className="text-sm">
            {errorText(state.error)}
          </FormMessage>
        )}
      </div>
    </form>
  );
}

/** A mission's quarter review: last quarter's agreed actions and whether they were done, this quarter's reviews, and the form to add one. */
export function ReviewPanel({
  missionId,
  data,
  today,
}: {
  missionId: string;
  data: MissionQuarterReviews;
  today: string;
}) {
  const t = useTranslations("reviews");
  // "Q2 2017", as every other screen names a quarter, not its id "2017-Q2" (the summaries' texts stay on the server).
  const quarterName = (id: string) => {
    const q = parseQuarter(id);
    return q ? t("quarterLabel", { quarter: String(q.quarter), year: String(q.year) }) : id;
  };
  const format = useFormatter();
  const done = data.previousActions.filter((a) => a.status === "done").length;
  return (
    <section
      aria-labelledby="reviews-heading"
      className="space-y-4 rounded-lg border border-border bg-card p-4"
      data-testid="review-panel"
    >
      <div>
        <h2 id="reviews-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <div data-testid="previous-actions">
        <h3 className="font-medium">{t("previousHeading", { quarter: quarterName(data.previousQuarter) })}</h3>
        {data.previousActions.length === 0 ? (
          <p className="text-sm text-muted">{t("previousEmpty", { quarter: quarterName(data.previousQuarter) })}</p>
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
        <h3 className="font-medium">{t("currentHeading", { quarter: quarterName(data.quarter) })}</h3>
        {data.reviews.length === 0 ? (
          <p className="text-sm text-muted">{t("currentEmpty", { quarter: quarterName(data.quarter) })}</p>
        ) : (
          <ul className="space-y-3">
            {data.reviews.map((review) => (
              <li key={review.id} className="rounded border border-border p-3 text-sm" data-testid="review">
                <p className="text-xs text-muted">
                  {t("reviewedOn", {
                    date: format.dateTime(review.reviewedOn, { dateStyle: "long", timeZone: "UTC" }),
                  })}
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
