import { getFormatter, getTranslations } from "next-intl/server";
import { POINTS_FORMAT, SHARE_FORMAT } from "@/lib/number-formats";
import type { NextStep } from "@/lib/metrics/next-steps";

/** Concrete next steps, each in one sentence built from the numbers. */
export async function NextStepsList({ steps, periodDays }: { steps: NextStep[]; periodDays: number }) {
  const t = await getTranslations("scorecard");
  const tTargets = await getTranslations("missionTargets");
  const format = await getFormatter();
  const sentence = (step: NextStep) => {
    switch (step.kind) {
      case "reactivate_or_close":
        return t("steps.reactivate_or_close", {
          handle: step.handle,
          since: format.dateTime(step.since, { year: "numeric", month: "short" }),
        });
      case "start_or_close":
        return t("steps.start_or_close", { handle: step.handle });
      case "use_mismatch":
        return t("steps.use_mismatch", {
          handle: step.handle,
          share: format.number(step.broadcastShare, SHARE_FORMAT),
        });
      case "below_target":
        return t("steps.below_target", {
          share: format.number(step.share, SHARE_FORMAT),
          minimum: format.number(step.minimumShare, SHARE_FORMAT),
          target: tTargets(`target.${step.target}`),
        });
      case "theme_gap":
        return t("steps.theme_gap", {
          count: step.themes.length,
          themes: format.list(
            step.themes.map((theme) => theme.name),
            { type: "conjunction" },
          ),
          days: periodDays,
        });
      case "private_account":
        return t("steps.private_account", { handle: step.handle });
      case "below_peers":
        return t("steps.below_peers", { component: t(`componentName.${step.component}`) });
      case "win_points":
        return t(`steps.win_points.${step.component}`, {
          points: format.number(step.points, POINTS_FORMAT),
          max: format.number(step.maxPoints, POINTS_FORMAT),
          value: format.number(step.value ?? 0, SHARE_FORMAT),
          gain: format.number(step.pointsPerTenth, POINTS_FORMAT),
        });
    }
  };
  return (
    <section aria-labelledby="steps-heading" className="mb-6 rounded-lg border border-border bg-card p-4">
      <h2 id="steps-heading" className="mb-2 font-semibold">
        {t("nextSteps")}
      </h2>
      {steps.length === 0 ? (
        <p className="text-sm text-muted">{t("noSteps")}</p>
      ) : (
        <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="next-steps">
          {steps.map((step, i) => (
            <li key={`${step.kind}-${i}`}>{sentence(step)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
