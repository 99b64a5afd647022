import { apiJson } from "@/lib/api/responses";
import { prisma } from "@/lib/db";
import { checkHealth } from "@/lib/operations/health";

export const dynamic = "force-dynamic";

/** GET /api/health — for load balancers: 200 when the store answers and its migrations are current, else 503. No session needed; no details leak. */
export async function GET() {
  const report = await checkHealth(prisma);
  return apiJson(report, report.status === "ok" ? 200 : 503);
}
