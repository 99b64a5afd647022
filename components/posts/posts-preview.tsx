"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { usePostsPreviewQuery } from "./use-posts-preview-query";

/** A drill-down panel: the newest posts behind a figure, without leaving the page. */
export function PostsPreview({ params, fullHref }: { params: Record<string, string | undefined>; fullHref: string }) {
  const t = useTranslations("preview");
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const query = usePostsPreviewQuery(params, open);
  return (
    <div>
      <Button
        variant="link"
        className="text-xs"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t("hide") : t("show")}
      </Button>
      {open && (
        <div
          id={panelId}
          className="mt-2 rounded border border-border bg-background p-2 text-xs"
          data-testid="posts-preview"
        >
          {query.isPending && <p aria-busy="true">{t("loading")}</p>}
          {query.isError && <p role="alert">{t("error")}</p>}
          {query.data && (
            <>
              <ul className="space-y-2">
                {query.data.items.map((post) => (
                  <li key={post.id}>
                    <span className="text-muted">
                      {format.dateTime(new Date(post.postedAt), { dateStyle: "medium" })} · @{post.handle}
                    </span>
                    <p className="line-clamp-2">{post.text ?? t("noText")}</p>
                  </li>
                ))}
              </ul>
              <Link href={fullHref} className="mt-2 inline-block text-accent hover:underline">
                {t("all", { total: query.data.total })}
              </Link>
            </>
          )}
        </div>
      )}
    </div>
  );
}
