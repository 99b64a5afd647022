"use client";

import { useTranslations } from "next-intl";
import { addManualTagAction, removeManualTagAction } from "@/lib/actions/themes";
import { useActionForm } from "@/components/hooks/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

interface Tag {
  source: string;
  theme: { id: string; name: string };
}

/** A post's theme tags with, for analysts, a control to add a manual tag and to remove manual ones. */
export function PostThemeTags({
  postId,
  tags,
  themes,
}: {
  postId: string;
  tags: Tag[];
  themes: { id: string; name: string }[];
}) {
  const t = useTranslations("themeRules.tags");
  const errors = useTranslations("themeRules.errors");
  const add = useActionForm(addManualTagAction);
  const remove = useActionForm(removeManualTagAction);
  const baseId = add.baseId;
  const failed = [add.state, remove.state].find((state) => state && !state.ok);
  const tagged = new Set(tags.filter((tag) => tag.source === "manual").map((tag) => tag.theme.id));
  return (
    <div className="space-y-1" data-testid="post-themes">
      <div className="flex flex-wrap gap-1">
        {tags.map(({ theme, source }) => (
          <Badge key={`${theme.id}-${source}`} tone={source === "manual" ? "info" : "neutral"} data-source={source}>
            {theme.name}
            {source === "manual" && (
              <>
                <span className="sr-only"> ({t("manual")})</span>
                <Button
                  variant="remove"
                  disabled={remove.pending}
                  onClick={() => remove.submit({ postId, themeId: theme.id })}
                  className="ml-1"
                  aria-label={t("removeTag", { theme: theme.name })}
                >
                  ×
                </Button>
              </>
            )}
          </Badge>
        ))}
      </div>
      <details>
        <summary className="cursor-pointer text-xs text-muted">{t("addTag")}</summary>
        <form
          className="mt-1 flex gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            const themeId = new FormData(event.currentTarget).get("themeId");
            if (typeof themeId === "string" && themeId) add.submit({ postId, themeId });
          }}
        >
          <label htmlFor={`${baseId}-theme`} className="sr-only">
            {t("chooseTheme")}
          </label>
          <Select id={`${baseId}-theme`} name="themeId" defaultValue="" size="xs" className="max-w-40">
            <option value="">{t("chooseTheme")}</option>
            {themes
              .filter((theme) => !tagged.has(theme.id))
              .map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
          </Select>
          <Button type="submit" variant="secondary" size="xs" disabled={add.pending}>
            {t("tag")}
          </Button>
        </form>
      </details>
      {failed && !failed.ok && (
        <FormMessage tone="error" className="text-xs">
          {errors.has(failed.error) ? errors(failed.error) : errors("unexpected")}
        </FormMessage>
      )}
    </div>
  );
}
