/** The name of a BCP 47 language in the display locale ("mn" → "Mongolian"), or the code itself. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
