/**
 * The terms the glossary defines (messages/<locale>/glossary.json), each once:
 * every screen that uses one of them shows this definition, so two screens
 * never explain a term in two wordings.
 */
export const GLOSSARY_TERMS = [
  "activityStatus",
  "active",
  "dormant",
  "silent",
  "broadcast",
  "engagement",
  "amplification",
  "engagementShare",
  "healthScore",
  "priorityTheme",
  "themeGap",
  "hostLanguage",
  "receiveOnly",
  "peerMiddle",
  "percentagePoints",
] as const;

export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** The terms defined by the dormancy threshold T, a setting: their definitions take it as `days`. */
export const THRESHOLD_TERMS: readonly GlossaryTerm[] = ["activityStatus", "active", "dormant"];

/** The values a definition may use, from the settings in effect. */
export type GlossaryValues = {
  /** The dormancy threshold T in days. */
  days: number;
};
