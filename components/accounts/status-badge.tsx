import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ActivityStatus } from "@/lib/metrics/activity-status";

const TONE: Record<ActivityStatus, BadgeTone> = { active: "success", dormant: "warning", silent: "danger" };

export async function StatusBadge({ status, count }: { status: ActivityStatus; count?: number }) {
  const t = await getTranslations("status");
  return (
    <Badge tone={TONE[status]} data-status={status}>
      {count !== undefined ? `${count} ${t(status).toLocaleLowerCase()}` : t(status)}
    </Badge>
  );
}

export async function PrivateBadge() {
  const t = await getTranslations("status");
  return (
    <Badge tone="info" title={t("privateHint")}>
      {t("private")}
    </Badge>
  );
}
