import { z } from "zod";
import { POST_CATEGORIES, POST_KINDS } from "../metrics/post-kind";

/**
 * The allowed values of the store's enumerated columns (SQLite has no enums,
 * so the schema keeps them as strings and every boundary validates here).
 */
export const missionKindSchema = z.enum(["embassy", "consulate", "permanent_mission", "hq"]);
export const platformSchema = z.enum([
  "x",
  "facebook",
  "instagram",
  "youtube",
  "flickr",
  "linkedin",
  "blog",
  "website",
  "mastodon",
  "bluesky",
  "telegram",
  "other",
]);
export const ownerTypeSchema = z.enum(["institutional", "individual"]);
export const declaredUseSchema = z.enum(["broadcast", "engagement", "mixed"]);
export const STAKEHOLDER_CATEGORIES = [
  "foreign_ministry",
  "foreign_diplomat",
  "host_government",
  "media",
  "international_organisation",
  "civil_society",
  "diaspora",
  "other",
] as const;
export const stakeholderCategorySchema = z.enum(STAKEHOLDER_CATEGORIES);
export const ENGAGEMENT_TARGETS = ["broadcast_only", "engage", "priority_engagement"] as const;
export const engagementTargetSchema = z.enum(ENGAGEMENT_TARGETS);
export const postKindSchema = z.enum(POST_KINDS);
export const postCategorySchema = z.enum(POST_CATEGORIES);
export const themeTagSourceSchema = z.enum(["rule", "manual"]);

export type MissionKind = z.infer<typeof missionKindSchema>;
export type Platform = z.infer<typeof platformSchema>;
