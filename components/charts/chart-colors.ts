/** One colour per post category, shared by every chart and legend. */
export const CATEGORY_COLORS = {
  broadcast: "#64748b",
  engagement: "#059669",
  amplification: "#0284c7",
} as const;
