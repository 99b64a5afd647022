import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { SHARE_FORMAT } from "@/lib/number-formats";
import type { MissionScorecard } from "@/lib/data/dashboard";
import { MIN_PEER_GROUP } from "@/lib/metrics/distribution";
import { PEER_POSITION_TONES } from "./health-panel";
import { EngagementTargetForm } from "./mission-target-forms";

const VERDICT_TONES = { meets: "success", below: "danger", no_minimum: "neutral", no_posts: "warning" } as const;

/**
 * The mission against the engagement HQ expects of it, and its share among the
 * missions with an active account: the same band as the health table's
 * engagement row, so one figure never shows two bands.
 */
export async function EngagementTargetPanel({
  missionId,
  target,
  canEdit,
  engagementPostsHref,
}: {
  missionId: string;
  target: MissionScorecard["target"];
  canEdit: boolean;
  engagementPostsHref: string;
}) {
  const t = await getTranslations("missionTargets");
  const tScorecard = await getTranslations("scorecard");
  const format = await getFormatter();
  const pct = (v: number) => format.number(v, SHARE_FORMAT);
  return (
    <section
      aria-labelledby="target-heading"
      className="mb-6 rounded-lg border border-border bg-card p-4"
      data-testid="engagement-target"
      data-verdict={target.verdict}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="target-heading" className="font-semibold">
          {t("heading")}
        </h2>
        <Badge tone="neutral" data-testid="engagement-target-name">
          {t(`target.${target.target}`)}
        </Badge>
        <Badge tone={VERDICT_TONES[target.verdict]}>{t(`verdict.${target.verdict}`)}</Badge>
      </div>
      <p className="mt-2 text-sm" data-testid="engagement-target-summary">
        {target.share === null ? (
          t("noPosts")
        ) : (
          <>
            <Link
              href={engagementPostsHref}
              className="text-accent hover:underline"
              data-testid="engagement-target-share"
            >
              {t("share", { share: pct(target.share) })}
            </Link>
            {" · "}
            {target.minimumShare === null ? t("noMinimum") : t("minimum", { minimum: pct(target.minimumShare) })}
          </>
        )}
      </p>
      {target.peers.kind === "figures" && (
        <p className="mt-1 text-sm text-muted" data-testid="engagement-target-peers">
          {t.rich("peers", {
            median: pct(target.peers.figures.median),
            q1: pct(target.peers.figures.q1),
            q3: pct(target.peers.figures.q3),
            count: target.peers.figures.count,
            term: (chunks) => <Term term="peerMiddle">{chunks}</Term>,
          })}
        </p>
      )}
      {target.peers.kind === "too_few" && (
        <p className="mt-1 text-sm text-muted" data-testid="engagement-target-peers">
          {t("peersTooFew", { minimum: MIN_PEER_GROUP })}
        </p>
      )}
      {target.position && (
        <Badge tone={PEER_POSITION_TONES[target.position]} className="mt-1" data-testid="engagement-target-position">
          {tScorecard(`band.${target.position}`)}
        </Badge>
      )}
      <p className="mt-2 text-xs text-muted">{t(`explain.${target.target}`)}</p>
      {canEdit && <EngagementTargetForm missionId={missionId} current={target.target} />}
    </section>
  );
}
