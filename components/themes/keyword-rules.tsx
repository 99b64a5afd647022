import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { ThemeDetail } from "@/lib/data/themes";
import { languageName } from "./language-name";

/** A theme's keyword rules per language, with how they match. */
export async function KeywordRules({ keywords }: { keywords: ThemeDetail["keywords"] }) {
  const t = await getTranslations("themes");
  const locale = await getLocale();
  return (
    <section aria-labelledby="rules-heading" className="mb-8">
      <h2 id="rules-heading" className="mb-1 text-lg font-semibold">
        {t("rulesHeading")}
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-muted">{t("rulesHelp")}</p>
      {keywords.length === 0 ? (
        <Alert tone="info">{t("noKeywords")}</Alert>
      ) : (
        <dl className="grid gap-3 sm:grid-cols-2" data-testid="keyword-rules">
          {keywords.map(({ language, patterns }) => (
            <div key={language} className="rounded-lg border border-border bg-card p-3" data-language={language}>
              <dt className="mb-2 text-sm font-medium">
                {languageName(language, locale)} <span className="text-xs text-muted">({language})</span>
              </dt>
              <dd>
                <ul className="flex flex-wrap gap-1.5">
                  {patterns.map((pattern) => (
                    <li key={pattern}>
                      <code lang={language} className="rounded bg-background px-1.5 py-0.5 text-sm" data-testid="keyword">
                        {pattern}
                      </code>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
