import { prisma } from "../../lib/db";
import { institutionalAccountWhere } from "../../lib/data/account-scope";
import { getAccountFigures } from "../../lib/data/account-figures";
import { createRollupReader } from "../../lib/data/rollups";
import { getMetricSettings } from "../../lib/data/settings";
import { periodEndingAt, parseIsoDay } from "../../lib/metrics/dates";
async function main() {
  const settings = await getMetricSettings(prisma);
  const period = periodEndingAt(parseIsoDay("2017-09-30")!, 92);
  for (let i = 0; i < 4; i++) {
    let t = performance.now();
    const rows = await prisma.mission.findMany({ select: { id: true, slug: true, name: true, kind: true, country: true, city: true, region: true, isDemo: true, engagementTarget: true, accounts: { where: institutionalAccountWhere, select: { id: true } } }, orderBy: { name: "asc" } });
    const a = performance.now() - t;
    const ids = rows.flatMap((m) => m.accounts.map((x) => x.id));
    const reader = createRollupReader(prisma);
    await reader.postFiguresBetween(ids, period.start, period.endExclusive);
    t = performance.now();
    await getAccountFigures(prisma, ids, period, settings, reader);
    const b = performance.now() - t;
    console.log(`missions findMany ${a.toFixed(0)} ms, getAccountFigures with warm reader ${b.toFixed(0)} ms`);
  }
  await prisma.$disconnect();
}
void main();
