/**
 * One format per kind of figure, so that the same figure reads the same on
 * every screen ("11.7%" in the table was "12%" on the scorecard).
 */

/** A share of posts, accounts or reactions: a percentage with at most one decimal. */
export const SHARE_FORMAT = { style: "percent", maximumFractionDigits: 1 } as const satisfies Intl.NumberFormatOptions;

/** Health points and scores: at most one decimal. */
export const POINTS_FORMAT = { maximumFractionDigits: 1 } as const satisfies Intl.NumberFormatOptions;
