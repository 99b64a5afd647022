import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { PostListItem } from "@/lib/data/posts";
import { PostThemeTags } from "./post-theme-tags";

const CATEGORY_TONE: Record<string, BadgeTone> = { broadcast: "neutral", engagement: "success", amplification: "info" };

/** Posts with their kind, category, language, themes and public reactions. */
export async function PostTable({
  posts,
  accountHref,
  showAccount = true,
  taggableThemes = [],
  timeZone,
}: {
  posts: PostListItem[];
  /** Themes a viewer who may tag posts can add as manual tags; empty for everyone else (tags read-only). */
  taggableThemes?: { id: string; name: string }[];
  /** Off where every post is of the same account (its own page). */
  showAccount?: boolean;
  /** Link to a post's account page; without it the handle is plain text. */
  accountHref?: (accountId: string) => string;
  /** IANA zone to show times in (a mission's local time, named in the column header); UTC otherwise. */
  timeZone?: string;
}) {
  const t = await getTranslations("posts");
  const format = await getFormatter();
  return (
    <Table data-testid="post-table">
      <thead>
        <tr>
          <Th>{timeZone ? t("postedAtIn", { timeZone }) : t("postedAt")}</Th>
          {showAccount && <Th>{t("account")}</Th>}
          <Th>{t("kind")}</Th>
          <Th>{t("text")}</Th>
          <Th>{t("themes")}</Th>
          <Th className="text-right">{t("reactions")}</Th>
        </tr>
      </thead>
      <tbody>
        {posts.map((post) => (
          <tr key={post.id} data-testid="post-row" data-category={post.category}>
            <Td className="whitespace-nowrap">
              <time dateTime={post.postedAt.toISOString()}>
                {format.dateTime(post.postedAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  ...(timeZone ? { timeZone } : {}),
                })}
              </time>
            </Td>
            {showAccount && (
              <Td>
                {accountHref ? (
                  <Link href={accountHref(post.account.id)} className="font-medium text-accent hover:underline">
                    @{post.account.handle}
                  </Link>
                ) : (
                  <div className="font-medium">@{post.account.handle}</div>
                )}
                <div className="text-xs text-muted">{post.account.mission.name}</div>
              </Td>
            )}
            <Td>
              <Badge tone={CATEGORY_TONE[post.category] ?? "neutral"}>{t(`category.${post.category}`)}</Badge>
              <div className="mt-1 text-xs text-muted">
                {t(`kindName.${post.kind}`)}
                {post.language ? ` · ${post.language}` : ""}
              </div>
            </Td>
            <Td className="max-w-md">
              <p className="line-clamp-3 break-words">{post.text ?? t("noText")}</p>
              {post.mentions.length > 0 && (
                <p className="mt-1 text-xs text-muted">
                  {t("mentions", { handles: post.mentions.map((m) => `@${m.handle}`).join(", ") })}
                </p>
              )}
            </Td>
            <Td>
              {taggableThemes.length > 0 ? (
                <PostThemeTags postId={post.id} tags={post.themes} themes={taggableThemes} />
              ) : (
                <div className="flex flex-wrap gap-1">
                  {post.themes.map(({ theme, source }) => (
                    <Badge key={`${theme.id}-${source}`} title={t(`tagSource.${source}`)}>
                      {theme.name}
                    </Badge>
                  ))}
                </div>
              )}
            </Td>
            <Td className="min-w-32 text-right text-xs tabular-nums">
              {post.likeCount === null && post.replyCount === null && post.repostCount === null ? (
                <span className="text-muted">{t("reactionsUnknown")}</span>
              ) : (
                t("reactionCounts", {
                  likes: post.likeCount ?? 0,
                  replies: post.replyCount ?? 0,
                  reposts: post.repostCount ?? 0,
                })
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
