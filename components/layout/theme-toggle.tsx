"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { COLOR_SCHEMES, COLOR_SCHEME_COOKIE, type ColorScheme } from "@/lib/color-scheme";
import { Button } from "@/components/ui/button";

/** Cycles system → light → dark; the choice is kept in a cookie so the server renders it on the next page. */
export function ThemeToggle({ initial }: { initial: ColorScheme }) {
  const t = useTranslations("theme");
  const [scheme, setScheme] = useState<ColorScheme>(initial);
  const next = COLOR_SCHEMES[(COLOR_SCHEMES.indexOf(scheme) + 1) % COLOR_SCHEMES.length]!;
  const apply = () => {
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    if (next !== "system") root.classList.add(next);
    document.cookie = `${COLOR_SCHEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    setScheme(next);
  };
  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={apply}
      title={t("switchTo", { scheme: t(next) })}
      data-testid="theme-toggle"
      data-scheme={scheme}
    >
      {t("current", { scheme: t(scheme) })}
    </Button>
  );
}
