"use client";

import Link from "next/link";
import { startTransition, useId, useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { fieldDescriptionIds, messageTone, type FieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { bulkLabelStakeholdersAction, labelStakeholderAction } from "@/lib/actions/stakeholders";
import type { ActionResult } from "@/lib/auth/protected-action";
import { STAKEHOLDER_CATEGORIES } from "@/lib/validations/domain";

type LabelOutcome = ActionResult<{ count: number }>;

export interface DirectoryRowView {
  platform: string;
  handle: string;
  counts: { reply: number; quote: number; mention: number; repost: number };
  interactions: number;
  missions: number;
  lastInteractionAt: Date;
  label: { category: string; displayName: string | null; note: string } | null;
  /** The posts behind the row's figures. */
  postsHref: string;
}

function useErrorText() {
  const t = useTranslations("stakeholders.errors");
  return (state: LabelOutcome) => {
    if (state.ok) return "";
    const codes = Object.values(state.fieldErrors ?? {}).flat();
    const list = codes.length > 0 ? codes : [state.error];
    return list.map((code) => (t.has(code) ? t(code) : t("unexpected"))).join(" ");
  };
}

/**
 * The categories, starting on "Choose…" unless the account has a label: a
 * Save without a choice is refused (categoryRequired), never filed under the
 * first category.
 */
function CategorySelect({
  id,
  name,
  defaultValue,
  label,
  control,
}: {
  id: string;
  name: string;
  defaultValue?: string;
  label: string;
  /** aria-invalid and aria-describedby when the category was refused. */
  control?: Pick<FieldControlProps, "aria-invalid" | "aria-describedby">;
}) {
  const t = useTranslations("stakeholders");
  return (
    <Select
      id={id}
      name={name}
      defaultValue={defaultValue ?? ""}
      aria-label={label}
      aria-required
      aria-invalid={control?.["aria-invalid"]}
      aria-describedby={control?.["aria-describedby"]}
    >
      <option value="">{t("directory.chooseCategory")}</option>
      {STAKEHOLDER_CATEGORIES.map((category) => (
        <option key={category} value={category}>
          {t(`category.${category}`)}
        </option>
      ))}
    </Select>
  );
}

/** One row's label: category, name and note, saved on its own. */
function LabelForm({ row }: { row: DirectoryRowView }) {
  const t = useTranslations("stakeholders.directory");
  const errorText = useErrorText();
  const { state, pending, onSubmit, idOf, control, fieldErrors } = useActionForm(labelStakeholderAction);
  const categoryId = idOf("category");
  // The refusal names the select it is about, so a screen reader reads it with the field.
  const messageId = fieldErrors.category?.length ? fieldDescriptionIds(categoryId).error : undefined;
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-wrap items-center gap-1"
      aria-label={t("editLabel", { handle: row.handle })}
      data-testid="label-form"
    >
      <input type="hidden" name="platform" value={row.platform} />
      <input type="hidden" name="handle" value={row.handle} />
      <div className="w-44">
        <CategorySelect
          id={categoryId}
          name="category"
          defaultValue={row.label?.category}
          label={t("label")}
          control={control("category")}
        />
      </div>
      <Input
        name="displayName"
        defaultValue={row.label?.displayName ?? ""}
        placeholder={t("displayName")}
        aria-label={t("displayName")}
        className="w-36"
        maxLength={200}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "…" : t("save")}
      </Button>
      {state && (
        <span
          id={messageId}
          role={state.ok ? "status" : "alert"}
          className={`text-xs ${messageTone(state.ok ? "success" : "error")}`}
        >
          {state.ok ? t("saved") : errorText(state)}
        </span>
      )}
    </form>
  );
}

/**
 * The directory table. Analysts label a row in place or select several and
 * give them one category; everyone else reads it.
 */
export function StakeholderDirectory({ rows, canLabel }: { rows: DirectoryRowView[]; canLabel: boolean }) {
  const t = useTranslations("stakeholders");
  const format = useFormatter();
  const errorText = useErrorText();
  const baseId = useId();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { state, submit, pending, fieldErrors } = useActionForm(bulkLabelStakeholdersAction);
  const bulkCategoryId = `${baseId}-bulk`;
  const bulkStatusId = `${bulkCategoryId}-status`;
  const bulkCategoryRefused = Boolean(fieldErrors.category?.length);
  const key = (row: DirectoryRowView) => `${row.platform}:${row.handle}`;
  const toggle = (row: DirectoryRowView, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key(row));
      else next.delete(key(row));
      return next;
    });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(key(row)));
  const onBulk = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const targets = rows
      .filter((row) => selected.has(key(row)))
      .map((row) => ({ platform: row.platform, handle: row.handle }));
    data.set("targets", JSON.stringify(targets));
    submit(data);
    startTransition(() => setSelected(new Set()));
  };

  return (
    <>
      {canLabel && (
        <form
          onSubmit={onBulk}
          className="mb-3 flex flex-wrap items-end gap-2 rounded-lg border border-dashed border-border p-3 text-sm"
          data-testid="bulk-label-form"
        >
          <span className="font-medium" data-testid="bulk-selected">
            {t("bulk.selected", { count: selected.size })}
          </span>
          <label htmlFor={bulkCategoryId} className="sr-only">
            {t("bulk.category")}
          </label>
          <div className="w-56">
            <CategorySelect
              id={bulkCategoryId}
              name="category"
              label={t("bulk.category")}
              control={bulkCategoryRefused ? { "aria-invalid": true, "aria-describedby": bulkStatusId } : undefined}
            />
          </div>
          <Button type="submit" disabled={pending || selected.size === 0}>
            {t("bulk.apply")}
          </Button>
          {state && (
            <span
              id={bulkStatusId}
              role={state.ok ? "status" : "alert"}
              data-testid="bulk-status"
              className={messageTone(state.ok ? "success" : "error")}
            >
              {state.ok ? t("bulk.done", { count: state.data.count }) : errorText(state)}
            </span>
          )}
        </form>
      )}
      {rows.length === 0 ? (
        <p role="status" className="rounded-lg border border-border bg-card p-3 text-sm text-muted">
          {t("directory.empty")}
        </p>
      ) : (
        <Table data-testid="stakeholder-table">
          <thead>
            <tr>
              {canLabel && (
                <Th className="w-8">
                  <input
                    type="checkbox"
                    aria-label={t("directory.selectAll")}
                    checked={allSelected}
                    onChange={(event) => setSelected(event.target.checked ? new Set(rows.map(key)) : new Set())}
                  />
                </Th>
              )}
              <Th>{t("directory.account")}</Th>
              <Th className="text-right">{t("directory.interactions")}</Th>
              <Th className="text-right">{t("directory.missions")}</Th>
              <Th>{t("directory.last")}</Th>
              <Th>{t("directory.label")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={key(row)} data-testid="stakeholder-row" data-handle={row.handle}>
                {canLabel && (
                  <Td>
                    <input
                      type="checkbox"
                      aria-label={t("directory.select", { handle: row.handle })}
                      checked={selected.has(key(row))}
                      onChange={(event) => toggle(row, event.target.checked)}
                    />
                  </Td>
                )}
                <Td>
                  <div className="font-medium">@{row.handle}</div>
                  <div className="text-xs text-muted">
                    {row.platform}
                    {row.label?.displayName ? ` · ${row.label.displayName}` : ""}
                  </div>
                </Td>
                <Td className="text-right">
                  <Link
                    href={row.postsHref}
                    className="font-medium underline decoration-dotted underline-offset-4 hover:text-accent"
                    data-testid="interactions"
                  >
                    {format.number(row.interactions)}
                  </Link>
                  <div className="whitespace-nowrap text-xs text-muted">
                    {t("directory.byType", {
                      reply: format.number(row.counts.reply),
                      quote: format.number(row.counts.quote),
                      mention: format.number(row.counts.mention),
                      repost: format.number(row.counts.repost),
                    })}
                  </div>
                </Td>
                <Td className="text-right">{format.number(row.missions)}</Td>
                <Td className="whitespace-nowrap">
                  {format.dateTime(row.lastInteractionAt, { dateStyle: "medium", timeZone: "UTC" })}
                </Td>
                <Td data-testid="label-cell">
                  {canLabel ? (
                    <LabelForm row={row} />
                  ) : row.label ? (
                    <Badge tone="info">{t(`category.${row.label.category}` as "category.media")}</Badge>
                  ) : (
                    <Badge>{t("directory.unlabelled")}</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
