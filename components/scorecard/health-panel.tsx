import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { SHARE_FORMAT } from "@/lib/number-formats";
import type { PeerDistribution, PeerPositions } from "@/lib/data/dashboard";
import { MIN_PEER_GROUP } from "@/lib/metrics/distribution";
import type { HealthScore } from "@/lib/metrics/health-score";

/** Badge tones of a place among the peers: a dormant mission is at the bottom, never in the middle. */
export const PEER_POSITION_TONES = { low: "danger", middle: "neutral", high: "success", dormant: "danger" } as const;

/**
 * The health score with each component, its weight and points, against the
 * median and middle half of the missions with an active account.
 */
export async function HealthPanel({
  health,
  peers,
  positions,
}: {
  health: HealthScore;
  peers: PeerDistribution;
  positions: PeerPositions;
}) {
  const t = await getTranslations("scorecard");
  const format = await getFormatter();
  const pct = (v: number | null) => (v === null ? t("none") : format.number(v, SHARE_FORMAT));
  const num = (v: number) => format.number(v, { maximumFractionDigits: 1 });
  const peerCell = (kind: "none" | "too_few") => (kind === "too_few" ? t("tooFewShort") : t("none"));
  return (
    <section aria-labelledby="health-heading" className="mb-6 grid grid-cols-1 gap-4 lg:grid-cols-3">
      <div className="rounded-lg border border-border bg-card p-4">
        <h2 id="health-heading" className="text-sm font-medium text-muted">
          <Term term="healthScore">{t("healthScore")}</Term>
        </h2>
        <p className="mt-1 text-5xl font-semibold" data-testid="health-score">
          {num(health.score)}
          <span className="text-lg font-normal text-muted"> / 100</span>
        </p>
        {peers.score.kind === "figures" && (
          <p className="mt-2 text-sm text-muted" data-testid="peer-score">
            {t.rich("peerScore", {
              median: num(peers.score.figures.median),
              q1: num(peers.score.figures.q1),
              q3: num(peers.score.figures.q3),
              count: peers.score.figures.count,
              term: (chunks) => <Term term="peerMiddle">{chunks}</Term>,
            })}
          </p>
        )}
        {peers.score.kind === "too_few" && (
          <p className="mt-2 text-sm text-muted" data-testid="peer-score">
            {t("tooFewPeers", { minimum: MIN_PEER_GROUP })}
          </p>
        )}
        {positions.score && (
          <Badge tone={PEER_POSITION_TONES[positions.score]} className="mt-2" data-testid="peer-position">
            {t(`band.${positions.score}`)}
          </Badge>
        )}
        <p className="mt-3 text-xs text-muted">{t("healthExplained")}</p>
      </div>
      <div className="lg:col-span-2">
        <Table data-testid="health-components">
          <caption className="sr-only">{t("componentsCaption")}</caption>
          <thead>
            <tr>
              <Th scope="col">{t("component")}</Th>
              <Th scope="col" className="text-right">
                {t("value")}
              </Th>
              <Th scope="col" className="text-right">
                {t("weight")}
              </Th>
              <Th scope="col" className="text-right">
                {t("points")}
              </Th>
              <Th scope="col" className="text-right">
                {t("peerMedian")}
              </Th>
              <Th scope="col" className="text-right">
                <Term term="peerMiddle">{t("peerMiddle")}</Term>
              </Th>
            </tr>
          </thead>
          <tbody>
            {health.components.map((c) => {
              const peer = peers[c.key];
              const position = positions[c.key];
              return (
                <tr key={c.key} data-component={c.key}>
                  <Td>
                    <div className="font-medium">{t(`componentName.${c.key}`)}</div>
                    <div className="text-xs text-muted">
                      {t.rich(`componentHint.${c.key}`, {
                        term: (chunks) => <Term term="engagementShare">{chunks}</Term>,
                      })}
                    </div>
                  </Td>
                  <Td className="text-right tabular-nums">
                    {pct(c.value)}
                    {(position === "low" || position === "high") && (
                      <div>
                        <Badge tone={PEER_POSITION_TONES[position]} data-testid="component-position">
                          {t(`bandShort.${position}`)}
                        </Badge>
                      </div>
                    )}
                  </Td>
                  <Td className="text-right tabular-nums">{num(c.weight)}</Td>
                  <Td className="text-right tabular-nums">{num(c.points)}</Td>
                  <Td className="text-right tabular-nums">
                    {peer.kind === "figures" ? pct(peer.figures.median) : peerCell(peer.kind)}
                  </Td>
                  <Td className="text-right tabular-nums">
                    {peer.kind === "figures"
                      ? `${pct(peer.figures.q1)} – ${pct(peer.figures.q3)}`
                      : peerCell(peer.kind)}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </div>
    </section>
  );
}
