import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import type { AccountDetail } from "@/lib/data/accounts";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { PrivateBadge } from "./status-badge";

/** The account's handle and name, what it is for and where it lives; a way back to its mission. */
export async function AccountHeader({ account, keep }: { account: AccountDetail["account"]; keep: ViewParams }) {
  const t = await getTranslations();
  const platform = t.has(`platform.${account.platform}`) ? t(`platform.${account.platform}`) : account.platform;
  const declaredUse = t.has(`declaredUse.${account.declaredUse}`)
    ? t(`declaredUse.${account.declaredUse}`)
    : account.declaredUse;
  return (
    <>
      {account.isDemo && <DemoBanner />}
      <Link
        href={hrefWith(`/missions/${encodeURIComponent(account.mission.id)}`, keep)}
        className="text-sm text-accent hover:underline"
      >
        ← {t("account.back", { mission: account.mission.name })}
      </Link>
      <div className="mb-4 mt-2">
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          <span className="break-all">@{account.handle}</span>
          {account.isPrivate && <PrivateBadge />}
        </h1>
        {account.displayName && <p className="text-base">{account.displayName}</p>}
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>{t("account.missionLabel")}:</dt>
            <dd>{account.mission.name}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("account.platformLabel")}:</dt>
            <dd>{platform}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("account.declaredUseLabel")}:</dt>
            <dd>{declaredUse}</dd>
          </div>
          <div className="flex gap-1" data-testid="account-platform-id">
            <dt>{t("account.platformIdLabel")}:</dt>
            <dd className="break-all">{account.platformUserId ?? t("account.platformIdUnknown")}</dd>
          </div>
          {account.mainLanguage && (
            <div className="flex gap-1">
              <dt>{t("account.languageLabel")}:</dt>
              <dd>{account.mainLanguage}</dd>
            </div>
          )}
        </dl>
        {account.url && (
          <a
            href={account.url}
            rel="noopener noreferrer"
            target="_blank"
            className="mt-1 inline-block text-sm text-accent hover:underline"
          >
            {t("account.profile", { platform })} ↗
          </a>
        )}
      </div>
    </>
  );
}
