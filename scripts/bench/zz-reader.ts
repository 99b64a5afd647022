import { prisma } from "../../lib/db";
import { createRollupReader } from "../../lib/data/rollups";
import { loadMissionHealth, getThemesForCoverage } from "../../lib/data/dashboard";
import { getMetricSettings } from "../../lib/data/settings";
import { periodEndingAt, parseIsoDay } from "../../lib/metrics/dates";
async function main() {
  const accounts = (await prisma.account.findMany({ select: { id: true } })).map((a) => a.id);
  const missions = (await prisma.mission.findMany({ select: { id: true } })).map((a) => a.id);
  const settings = await getMetricSettings(prisma);
  const themes = await getThemesForCoverage();
  for (let i = 0; i < 3; i++) {
    const r = createRollupReader(prisma);
    let t = performance.now();
    await r.postFiguresBetween(accounts, new Date("2017-07-01"), new Date("2017-10-01"));
    const a = performance.now() - t; t = performance.now();
    await r.taggedPostsByMissionBetween(missions, null, new Date("2017-07-01"), new Date("2017-10-01"));
    const b = performance.now() - t; t = performance.now();
    const period = periodEndingAt(parseIsoDay("2017-09-30")!, 92);
    await loadMissionHealth(null, period, settings, themes, createRollupReader(prisma));
    const c = performance.now() - t;
    console.log(`accounts 2 boundaries ${a.toFixed(0)} ms, themes 2 boundaries ${b.toFixed(0)} ms, loadMissionHealth fresh ${c.toFixed(0)} ms`);
  }
  await prisma.$disconnect();
}
void main();
