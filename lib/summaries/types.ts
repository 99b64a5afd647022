import type { StaffTimeRatios } from "../metrics/staff-time";
/**
 * The quarterly summary as data: what lib/data/summaries.ts computes for a
 * viewer and a quarter, and what the page, the PDF and the CSV/XLSX exports
 * render. Plain values only (no Prisma types), so every renderer can be tested
 * on hand-made summaries.
 */
import type { StatusCounts } from "../metrics/activity-status";
import type { Period } from "../metrics/dates";
import type { Quarter } from "../metrics/quarters";
import type { MessageValues } from "../messages";

/** One quarter's headline figures over the missions in scope. */
export interface QuarterKpis {
  quarter: Quarter;
  /** The quarter's days, or for a quarter in progress its days up to the newest data (quarterCoverage says which). */
  period: Period;
  /** Accounts by status at the quarter's last day. */
  statusCounts: StatusCounts;
  /** Posts over period.days: compared with other quarters per day (lib/metrics/period-change.ts), never as totals. */
  posts: number;
  /** Engagement posts / (engagement + broadcast), null without posts. */
  engagementShare: number | null;
  /** Priority themes in their window during the quarter, and how many of them were covered ministry-wide. */
  priorityInWindow: number;
  priorityCovered: number;
  /** A mission's own health score (0–100); over several, the median of those with an active account (summaryHealthScore); null when none has one. */
  medianHealthScore: number | null;
}

export interface MissionMovement {
  missionId: string;
  missionName: string;
  score: number | null;
  previousScore: number | null;
  /** score - previousScore; entries without both are not ranked. */
  change: number;
}

export interface AccountStatusChange {
  accountId: string;
  handle: string;
  platform: string;
  missionId: string;
  missionName: string;
  /** "went_dormant": active at the previous quarter's end, dormant at this one's; "came_back": the reverse. */
  change: "went_dormant" | "came_back";
  lastPostAt: Date | null;
}

export interface ThemeCoverageRow {
  themeId: string;
  name: string;
  isPriority: boolean;
  inWindow: boolean;
  /** Posts tagged with the theme in the quarter, over the missions in scope. */
  taggedPosts: number;
  /** Missions in scope that posted on the theme in the quarter, of those in scope. */
  missionsCovering: number;
  missionsInScope: number;
}

/**
 * A sentence of the narrative: a message-catalog key (summaries.narrative.*)
 * with its values, and the page (with its query) that shows the evidence.
 * Renderers format the values by locale; nothing here is prose.
 */
export interface NarrativeSentence {
  key: string;
  /** The sentence's values; a quarter is a message of its own (lib/metrics/quarters.ts quarterLabel), worded before the sentence. */
  values: MessageValues;
  href: string;
  /** What the href shows, in words, for paper (no path, no id): the screen and whose figures it shows. */
  evidence: NarrativeEvidence;
}

/** The screens a narrative sentence's evidence is on (summaryExports.evidenceScreen.*). */
export type EvidenceScreen =
  "posts" | "engagementPosts" | "overview" | "mission" | "account" | "missionSummary" | "theme" | "themes";

export interface NarrativeEvidence {
  screen: EvidenceScreen;
  /** Whose figures: a mission's or theme's name, an account's @handle; null for the summary's own scope. */
  subject: string | null;
}

/** An account dormant at the quarter's end (no post in the last T days, or never). */
export interface DormantAccount {
  accountId: string;
  handle: string;
  platform: string;
  missionId: string;
  missionName: string;
  lastPostAt: Date | null;
  /** Active at the previous quarter's end. */
  newlyDormant: boolean;
}

/** A mission whose engagement share in the quarter is below the share HQ expects of it (lib/metrics/engagement-target.ts). */
export interface EngagementShortfall {
  missionId: string;
  missionName: string;
  share: number;
  minimumShare: number;
}

/** An action agreed in a mission review (MissionReview / ReviewAction) and still open. */
export interface OpenReviewAction {
  missionId: string;
  missionName: string;
  /** The quarter reviewed, "2017-Q2". */
  quarter: string;
  reviewedOn: Date;
  text: string;
}

/** What one mission produced in the quarter, over the same days and accounts as the staff-time total. */
export interface StaffTimeOutput {
  posts: number;
  engagementPosts: number;
  reactions: number | null;
  ratios: StaffTimeRatios | null;
}

export interface QuarterStaffTime {
  /** Missions in scope that recorded hours for the quarter, by name; `output` sums to the total's figures. */
  missions: { id: string; name: string; hours: number; output?: StaffTimeOutput }[];
  missionsInScope: number;
  hours: number;
  posts: number;
  engagementPosts: number;
  reactions: number | null;
  /** Per staff hour, over the missions that recorded hours only. */
  ratios: StaffTimeRatios | null;
}

export interface QuarterSummary {
  quarter: Quarter;
  /** The missions in scope: every mission for HQ and leadership; the ambassador's own mission only. */
  scope: { kind: "ministry" } | { kind: "mission"; missionId: string; missionName: string; missionSlug?: string };
  /** Some mission in scope holds demo data: every rendering says it is not for official use. */
  isDemo: boolean;
  current: QuarterKpis;
  previous: QuarterKpis;
  yearBefore: QuarterKpis;
  /** The last eight quarters, oldest first, the current one last. */
  trend: QuarterKpis[];
  mostImproved: MissionMovement[];
  mostDeclined: MissionMovement[];
  statusChanges: AccountStatusChange[];
  themes: ThemeCoverageRow[];
  /** Every account of the scope dormant at the quarter's end, by mission and handle. */
  dormantAccounts: DormantAccount[];
  /** Missions below their engagement target in the quarter, by name. */
  engagementShortfalls: EngagementShortfall[];
  /** Actions agreed in reviews of the scope's missions (up to this quarter) that are still open, oldest review first. */
  openActions: OpenReviewAction[];
  narrative: NarrativeSentence[];
  /** Staff time recorded for the quarter and the output per staff hour (the cost side of return on investment). */
  staffTime: QuarterStaffTime;
  /** When the figures were computed (the "as of" of the export). */
  generatedAt: Date;
}
