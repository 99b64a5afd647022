import { z } from "zod";
import { apiJson, withViewer } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { importFeed } from "@/lib/data/imports";

const bodySchema = z.object({
  accountId: z.string().trim().min(1).max(64),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

/**
 * POST /api/imports/feed { accountId, url }: fetches a blog's or website's
 * feed from the public internet and imports it like an uploaded file.
 * Answers 202 with the run's id, or 422 with a code saying why the feed was
 * not fetched (the import screen words it from the catalog).
 */
export const POST = withViewer(
  async ({ viewer, body }) => {
    const result = await importFeed(viewer, body);
    if (!result.ok) {
      const { code, ...details } = result.problem;
      throw new AppError("feed_refused", { params: { reason: code, ...details } });
    }
    return apiJson({ id: result.runId }, 202);
  },
  { sameOrigin: true, permission: "import:data", body: bodySchema },
);
