import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { normalizedHandleSql } from "./handle-sql";

/**
 * Every spelling under which the store holds a normalised handle as a reply,
 * quote, repost or mention target: few per handle, so the post list can then
 * filter with plain (indexed) equality instead of a function on every row.
 */
export async function storedHandleSpellings(normalizedHandle: string): Promise<string[]> {
  const norm = (table: string, name: string) => normalizedHandleSql(Prisma.raw(`"${table}"."${name}"`));
  const rows = await prisma.$queryRaw<{ spelled: string }[]>(Prisma.sql`
    SELECT "Post"."replyToHandle" AS spelled FROM "Post" WHERE ${norm("Post", "replyToHandle")} = ${normalizedHandle}
    UNION SELECT "Post"."quotedHandle" FROM "Post" WHERE ${norm("Post", "quotedHandle")} = ${normalizedHandle}
    UNION SELECT "Post"."repostOfHandle" FROM "Post" WHERE ${norm("Post", "repostOfHandle")} = ${normalizedHandle}
    UNION SELECT "PostMention"."handle" FROM "PostMention" WHERE ${norm("PostMention", "handle")} = ${normalizedHandle}`);
  return rows.map((row) => row.spelled);
}

/**
 * Posts that interact with one of these spellings of a handle, by the rule of
 * lib/metrics/stakeholders.ts postInteractions: a repost counts for whom it
 * reposts (the mentions in it are the original author's words); any other
 * post for whom it replies to, quotes or mentions.
 */
export function interactsWithWhere(spellings: readonly string[]): Prisma.PostWhereInput {
  if (spellings.length === 0) return { id: { in: [] } };
  const among = { in: [...spellings] };
  return {
    OR: [
      { repostOfHandle: among },
      {
        repostOfHandle: null,
        OR: [{ replyToHandle: among }, { quotedHandle: among }, { mentions: { some: { handle: among } } }],
      },
    ],
  };
}
