import { apiJson, withRequest } from "@/lib/api/route";
import { prisma } from "@/lib/db";
import { checkHealth } from "@/lib/operations/health";

export const dynamic = "force-dynamic";

/** GET /api/health — for load balancers: 200 when the store answers and its migrations are current, else 503. No session needed; no details leak. */
export const GET = withRequest(async () => {
  const report = await checkHealth(prisma);
  return apiJson(report, report.status === "ok" ? 200 : 503);
});
