import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { ThemeDetail } from "@/lib/data/themes";
import { AddKeywordRuleForm, RemoveKeywordRule } from "./keyword-rule-editor";
import { languageName } from "./language-name";

// Languages offered for new rules: the ministry's, English, and those of common host countries.
const RULE_LANGUAGES = ["mn", "en", "de", "fr", "ru", "zh", "ja", "ko", "es", "ar"];

/** A theme's keyword rules per language, with how they match; editable for those who may (re-tagging at once). */
export async function KeywordRules({
  keywords,
  editableThemeId = null,
}: {
  keywords: ThemeDetail["keywords"];
  editableThemeId?: string | null;
}) {
  const t = await getTranslations("themes");
  const locale = await getLocale();
  const languages = [...new Set([...RULE_LANGUAGES, ...keywords.map((k) => k.language)])].map((code) => ({
    code,
    name: languageName(code, locale),
  }));
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
                      <code
                        lang={language}
                        className="rounded bg-background px-1.5 py-0.5 text-sm"
                        data-testid="keyword"
                      >
                        {pattern}
                      </code>
                      {editableThemeId && (
                        <RemoveKeywordRule themeId={editableThemeId} language={language} pattern={pattern} />
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {editableThemeId && <AddKeywordRuleForm themeId={editableThemeId} languages={languages} />}
    </section>
  );
}
