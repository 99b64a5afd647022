export const COLOR_SCHEMES = ["system", "light", "dark"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export const COLOR_SCHEME_COOKIE = "chancery-theme";

/** The scheme stored in the cookie; anything else means "follow the system". */
export function parseColorScheme(value: string | undefined): ColorScheme {
  return (COLOR_SCHEMES as readonly string[]).includes(value ?? "") ? (value as ColorScheme) : "system";
}
