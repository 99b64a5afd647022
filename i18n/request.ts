import { getRequestConfig } from "next-intl/server";

/** English now; Mongolian follows with its own catalog folder and a locale switch. */
export const DEFAULT_LOCALE = "en";

export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  return {
    locale,
    // Metric dates are calendar days in UTC; showing them in another zone would shift them.
    timeZone: "UTC",
    messages: (await import(`../messages/${locale}/index.ts`)).default,
  };
});
