"use client";

import { startTransition, useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { addManualTagAction, removeManualTagAction } from "@/lib/actions/themes";
import type { ActionResult } from "@/lib/auth/protected-action";
import { Badge } from "@/components/ui/badge";

interface Tag {
  source: string;
  theme: { id: string; name: string };
}

/** A post's theme tags with, for analysts, a control to add a manual tag and to remove manual ones. */
export function PostThemeTags({ postId, tags, themes }: { postId: string; tags: Tag[]; themes: { id: string; name: string }[] }) {
  const t = useTranslations("themeRules.tags");
  const errors = useTranslations("themeRules.errors");
  const baseId = useId();
  const [addState, add, adding] = useActionState<ActionResult<"tagged"> | null, FormData>(addManualTagAction, null);
  const [removeState, remove, removing] = useActionState<ActionResult<"untagged"> | null, FormData>(removeManualTagAction, null);
  const send = (dispatch: (data: FormData) => void, themeId: string) => {
    const data = new FormData();
    data.set("postId", postId);
    data.set("themeId", themeId);
    startTransition(() => dispatch(data));
  };
  const failed = [addState, removeState].find((state) => state && !state.ok);
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
                <button
                  type="button"
                  disabled={removing}
                  onClick={() => send(remove, theme.id)}
                  className="ml-1 hover:text-rose-700"
                  aria-label={t("removeTag", { theme: theme.name })}
                >
                  ×
                </button>
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
            if (typeof themeId === "string" && themeId) send(add, themeId);
          }}
        >
          <label htmlFor={`${baseId}-theme`} className="sr-only">
            {t("chooseTheme")}
          </label>
          <select id={`${baseId}-theme`} name="themeId" defaultValue="" className="max-w-40 rounded border border-border bg-background px-1 py-0.5 text-xs">
            <option value="">{t("chooseTheme")}</option>
            {themes
              .filter((theme) => !tagged.has(theme.id))
              .map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
          </select>
          <button type="submit" disabled={adding} className="rounded border border-border px-2 text-xs hover:border-accent">
            {t("tag")}
          </button>
        </form>
      </details>
      {failed && !failed.ok && (
        <p role="alert" className="text-xs text-rose-700 dark:text-rose-300">
          {errors.has(failed.error) ? errors(failed.error) : errors("unexpected")}
        </p>
      )}
    </div>
  );
}
