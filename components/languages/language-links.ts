import { formatIsoDay, type Period } from "@/lib/metrics/dates";
import { hrefWith } from "@/lib/view-params";

/** The own posts (reposts left out) of a mission in a period, optionally in any of some languages ("unknown": none known). */
export function languagePostsHref(missionId: string, period: Period, languages?: readonly string[]): string {
  return hrefWith(
    "/posts",
    {},
    {
      mission: missionId,
      asOf: formatIsoDay(period.asOf),
      period: String(period.days),
      own: "1",
      language: languages && languages.length > 0 ? languages.join(",") : undefined,
    },
  );
}

/** Language names in the page's locale ("ja" → "Japanese"); the code itself when the runtime has no name for it. */
export function languageNamer(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  return (code) => names.of(code) ?? code;
}
