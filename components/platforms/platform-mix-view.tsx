import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { PlatformMix } from "@/lib/data/platform-mix";
import { formatOfPlatform, PRESENCE_FORMATS } from "@/lib/metrics/platform-mix";
import { TargetFormatsForm } from "./target-formats-form";

/** The ministry's presence by format, each mission's row against the target mix, and the global adoption reference. */
export async function PlatformMixView({
  mix,
  canEdit,
  accountHref,
}: {
  mix: PlatformMix;
  canEdit: boolean;
  accountHref: (id: string) => string;
}) {
  const t = await getTranslations("platformMix");
  const format = await getFormatter();
  const pct = (v: number | null) =>
    v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const shown = PRESENCE_FORMATS.filter(
    (f) => f !== "other" || mix.ministry.some((s) => s.format === "other" && s.missionsPresent > 0),
  );
  return (
    <div className="space-y-8">
      <section aria-labelledby="ministry-formats-heading">
        <h2 id="ministry-formats-heading" className="mb-2 text-lg font-semibold">
          {t("ministryHeading")}
        </h2>
        <Table data-testid="ministry-formats">
          <caption className="sr-only">{t("ministryHeading")}</caption>
          <thead>
            <tr>
              <Th scope="col">{t("formatColumn")}</Th>
              <Th scope="col" className="text-right">
                {t("missionsPresent")}
              </Th>
              <Th scope="col" className="text-right">
                {t("missionsActive")}
              </Th>
              <Th scope="col" className="text-right">
                {t("activeShare")}
              </Th>
            </tr>
          </thead>
          <tbody>
            {mix.ministry
              .filter((s) => shown.includes(s.format))
              .map((s) => (
                <tr key={s.format} data-testid="ministry-format-row" data-format={s.format}>
                  <Td>
                    {t(`format.${s.format}`)} {s.inTarget && <Badge tone="info">{t("inTarget")}</Badge>}
                  </Td>
                  <Td className="text-right tabular-nums">
                    {t("ofMissions", { count: s.missionsPresent, total: s.missions })}
                  </Td>
                  <Td className="text-right tabular-nums" data-testid="missions-active">
                    {t("ofMissions", { count: s.missionsActive, total: s.missions })}
                  </Td>
                  <Td className="text-right tabular-nums">{pct(s.activeShare)}</Td>
                </tr>
              ))}
          </tbody>
        </Table>
        {canEdit && <TargetFormatsForm current={mix.targetFormats} />}
      </section>

      <section aria-labelledby="mission-formats-heading">
        <h2 id="mission-formats-heading" className="mb-1 text-lg font-semibold">
          {t("missionsHeading")}
        </h2>
        <p className="mb-2 text-sm text-muted">{t("missionsExplained")}</p>
        <Table data-testid="mission-formats">
          <caption className="sr-only">{t("missionsHeading")}</caption>
          <thead>
            <tr>
              <Th scope="col">{t("mission")}</Th>
              {shown.map((f) => (
                <Th key={f} scope="col" className="text-center">
                  {t(`format.${f}`)}
                </Th>
              ))}
              <Th scope="col">{t("gaps")}</Th>
            </tr>
          </thead>
          <tbody>
            {mix.missions.map((m) => (
              <tr key={m.id} data-testid="mission-format-row" data-mission={m.id} data-gaps={m.gaps.length}>
                <th scope="row" className="border-b border-border px-3 py-2 text-left font-medium">
                  {m.name}
                </th>
                {shown.map((f) => {
                  const cell = m.presence.find((p) => p.format === f)!;
                  const accounts = m.accounts.filter((a) => formatOfPlatform(a.platform) === f);
                  return (
                    <Td key={f} className="text-center" data-format={f}>
                      {accounts.length === 0 ? (
                        <span className={cell.isGap ? "text-rose-700 dark:text-rose-300" : "text-muted"}>
                          {cell.isGap ? t("missing") : "—"}
                        </span>
                      ) : (
                        <ul className="space-y-0.5">
                          {accounts.map((a) => (
                            <li key={a.id}>
                              <Link href={accountHref(a.id)} className="text-accent hover:underline">
                                {t("accountCell", { platform: a.platform, status: t(`status.${a.status}`) })}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </Td>
                  );
                })}
                <Td data-testid="mission-gaps">
                  {m.gaps.length === 0 ? t("noGaps") : m.gaps.map((g) => t(`format.${g}`)).join(", ")}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="adoption-heading">
        <h2 id="adoption-heading" className="mb-1 text-lg font-semibold">
          {t("adoptionHeading")}
        </h2>
        {mix.adoption.length === 0 ? (
          <p className="text-sm text-muted">{t("noReference")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-muted" data-testid="adoption-source">
              {t("adoptionSource", { source: mix.adoption[0]!.source, year: mix.adoption[0]!.year })}
            </p>
            <Table data-testid="adoption">
              <caption className="sr-only">{t("adoptionHeading")}</caption>
              <thead>
                <tr>
                  <Th scope="col" className="text-right">
                    {t("rank")}
                  </Th>
                  <Th scope="col">{t("platform")}</Th>
                  <Th scope="col">{t("formatColumn")}</Th>
                  <Th scope="col" className="text-right">
                    {t("ministriesUsing")}
                  </Th>
                  <Th scope="col" className="text-right">
                    {t("ourMissionsPresent")}
                  </Th>
                  <Th scope="col" className="text-right">
                    {t("ourMissionsActive")}
                  </Th>
                </tr>
              </thead>
              <tbody>
                {mix.adoption.map((row) => (
                  <tr key={row.platform} data-testid="adoption-row" data-platform={row.platform}>
                    <Td className="text-right tabular-nums">{format.number(row.rank)}</Td>
                    <Td>{t.has(`platformName.${row.platform}`) ? t(`platformName.${row.platform}`) : row.platform}</Td>
                    <Td>{t(`format.${row.format}`)}</Td>
                    <Td className="text-right tabular-nums" data-testid="ministries-using">
                      {format.number(row.ministries)}
                    </Td>
                    <Td className="text-right tabular-nums" data-testid="our-missions-present">
                      {format.number(row.missionsPresent)}
                    </Td>
                    <Td className="text-right tabular-nums">{format.number(row.missionsActive)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
      </section>
    </div>
  );
}
