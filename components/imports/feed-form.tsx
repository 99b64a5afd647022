"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldDescription } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Or: the address of a feed the server fetches into the chosen account. */
export function FeedForm({ disabled, onStart }: { disabled: boolean; onStart: (url: string) => void }) {
  const t = useTranslations("imports.upload");
  const id = useId();
  const [feedUrl, setFeedUrl] = useState("");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onStart(feedUrl.trim());
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3 border-t border-border pt-4"
      data-testid="feed-form"
    >
      <div className="min-w-64 flex-1 text-sm">
        <label htmlFor={`${id}-feed`} className="mb-1 block font-medium">
          <span className="text-muted">{t("or")} </span>
          {t("feedUrl")}
        </label>
        <Input
          id={`${id}-feed`}
          type="url"
          value={feedUrl}
          onChange={(event) => setFeedUrl(event.target.value)}
          disabled={disabled}
          placeholder="https://"
          aria-describedby={`${id}-feed-hint`}
        />
        <FieldDescription id={`${id}-feed-hint`}>{t("feedHint")}</FieldDescription>
      </div>
      <Button type="submit" variant="secondary" disabled={disabled || feedUrl.trim() === ""}>
        {t("feedStart")}
      </Button>
    </form>
  );
}
