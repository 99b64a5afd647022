import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { GlossaryTerm } from "@/lib/glossary";
import { getGlossaryValues } from "@/lib/glossary-values";
import { TermTooltip } from "./term-tooltip";

export interface TermProps {
  term: GlossaryTerm;
  /** The words shown for the term; the glossary's label when left out. */
  children?: ReactNode;
  /** Shown after the term, not underlined (a sort arrow). */
  suffix?: ReactNode;
  /** When given, the term is this link (a sortable column's header) rather than a button. */
  href?: string;
  /** The link's accessible name, when its text alone does not say what it does. */
  linkLabel?: string;
  className?: string;
}

/**
 * A term of the glossary (messages/en/glossary.json), underlined with dots,
 * whose one definition shows on hover and keyboard focus and is read by
 * screen readers as the term's description. The definitions quote the
 * settings in effect (the dormancy threshold).
 */
export async function Term({ term, children, suffix, href, linkLabel, className }: TermProps) {
  const [t, values] = await Promise.all([getTranslations("glossary"), getGlossaryValues()]);
  return (
    <TermTooltip
      definition={t(`${term}.definition`, values)}
      suffix={suffix}
      href={href}
      linkLabel={linkLabel}
      className={className}
    >
      {children ?? t(`${term}.label`)}
    </TermTooltip>
  );
}
