import type { ActivityStatus } from "./activity-status";

/**
 * Formats of digital presence: being "platform-agnostic across formats"
 * means a mission reaches people with text, pictures and video and has a
 * home on the web, rather than living on one network.
 */
export const PRESENCE_FORMATS = [
  "blog_website",
  "microblog",
  "social_network",
  "photo",
  "video",
  "professional",
  "messaging",
  "other",
] as const;
export type PresenceFormat = (typeof PRESENCE_FORMATS)[number];

const FORMAT_BY_PLATFORM: Record<string, PresenceFormat> = {
  website: "blog_website",
  blog: "blog_website",
  x: "microblog",
  twitter: "microblog",
  mastodon: "microblog",
  bluesky: "microblog",
  facebook: "social_network",
  google_plus: "social_network",
  instagram: "photo",
  flickr: "photo",
  youtube: "video",
  linkedin: "professional",
  telegram: "messaging",
};

export function formatOfPlatform(platform: string): PresenceFormat {
  return FORMAT_BY_PLATFORM[platform.toLowerCase()] ?? "other";
}

/** What HQ expects every mission to keep alive unless it records otherwise. */
export const DEFAULT_TARGET_FORMATS: readonly PresenceFormat[] = ["blog_website", "microblog", "social_network"];

export interface FormatPresence {
  format: PresenceFormat;
  accounts: number;
  /** Accounts active at the as-of date. */
  active: number;
  inTarget: boolean;
  /** In the target mix without an active account. */
  isGap: boolean;
}

/** A mission's presence per format from its accounts' statuses, against the target formats. */
export function missionFormatPresence(
  accounts: readonly { platform: string; status: ActivityStatus }[],
  targetFormats: readonly PresenceFormat[],
): FormatPresence[] {
  return PRESENCE_FORMATS.map((format) => {
    const mine = accounts.filter((a) => formatOfPlatform(a.platform) === format);
    const active = mine.filter((a) => a.status === "active").length;
    const inTarget = targetFormats.includes(format);
    return { format, accounts: mine.length, active, inTarget, isGap: inTarget && active === 0 };
  });
}

export interface MinistryFormatShare {
  format: PresenceFormat;
  /** Missions with at least one account in this format. */
  missionsPresent: number;
  /** Missions with at least one active account in this format. */
  missionsActive: number;
  missions: number;
  activeShare: number | null;
  inTarget: boolean;
}

/** Across missions: how many are present, and active, in each format. */
export function ministryFormatShares(
  missions: readonly FormatPresence[][],
  targetFormats: readonly PresenceFormat[],
): MinistryFormatShare[] {
  return PRESENCE_FORMATS.map((format) => {
    const rows = missions.map((presence) => presence.find((p) => p.format === format)!);
    const missionsActive = rows.filter((r) => r.active > 0).length;
    return {
      format,
      missionsPresent: rows.filter((r) => r.accounts > 0).length,
      missionsActive,
      missions: missions.length,
      activeShare: missions.length === 0 ? null : missionsActive / missions.length,
      inTarget: targetFormats.includes(format),
    };
  });
}

export interface AdoptionRow {
  platform: string;
  ministries: number;
  source: string;
  year: number;
}

export interface AdoptionComparison extends AdoptionRow {
  format: PresenceFormat;
  /** Rank among the reference platforms, 1 = most adopted by foreign ministries. */
  rank: number;
  /** This ministry's missions with an account on the platform, and with an active one. */
  missionsPresent: number;
  missionsActive: number;
}

/** The reference adoption of platforms by foreign ministries beside this ministry's missions on each platform. */
export function compareWithAdoption(
  reference: readonly AdoptionRow[],
  accounts: readonly { missionId: string; platform: string; status: ActivityStatus }[],
): AdoptionComparison[] {
  const sorted = [...reference].sort((a, b) => b.ministries - a.ministries || a.platform.localeCompare(b.platform));
  const alias = (platform: string) => (platform === "twitter" ? "x" : platform);
  return sorted.map((row, index) => {
    const on = accounts.filter((a) => alias(a.platform) === alias(row.platform));
    return {
      ...row,
      format: formatOfPlatform(row.platform),
      rank: index + 1,
      missionsPresent: new Set(on.map((a) => a.missionId)).size,
      missionsActive: new Set(on.filter((a) => a.status === "active").map((a) => a.missionId)).size,
    };
  });
}
