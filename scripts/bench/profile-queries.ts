// Ad hoc profiler: times the data functions behind the benchmarked pages straight against a store.
// node --conditions=react-server --import tsx scripts/bench/profile-queries.ts file:/path.db
import { prisma } from "../../lib/db";
import { getDashboard, getMissionScorecard } from "../../lib/data/dashboard";
import { getAccountDetail } from "../../lib/data/accounts";
import { getThemeDetail } from "../../lib/data/themes";
import { getQuarterSummary } from "../../lib/data/summaries";
import { getAccountNetwork } from "../../lib/data/network";
import { getMetricSettings } from "../../lib/data/settings";
import { periodEndingAt, parseIsoDay } from "../../lib/metrics/dates";

async function main() {
  const viewer = { userId: null, role: "analyst" as const, missionId: null };
  const period = periodEndingAt(parseIsoDay("2017-12-31")!, 90);
  const settings = await getMetricSettings(prisma);
  const quarter = { year: 2017, quarter: 4 } as never;
  const cases: [string, () => Promise<unknown>][] = [
    ["overview", () => getDashboard(viewer, period, settings)],
    ["scorecard", () => getMissionScorecard(viewer, "bench-mission-187", period, settings)],
    ["account", () => getAccountDetail(viewer, "bench-account-187-0", period, settings)],
    ["theme", () => getThemeDetail(viewer, "bench-theme-democratization", period)],
    ["summary", () => getQuarterSummary(viewer, quarter, settings)],
    ["network", () => getAccountNetwork(viewer, period)],
  ];
  const only = process.argv[2];
  for (const [name, run] of cases) {
    if (only && !only.split(",").includes(name)) continue;
    await run();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${name}: median ${times[2]!.toFixed(0)} ms, max ${times[4]!.toFixed(0)} ms`);
  }
  await prisma.$disconnect();
}
void main();
