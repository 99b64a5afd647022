export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  count: number;
}

/**
 * The value at quantile p (0–1) of sorted values, interpolating linearly
 * between neighbours (the method spreadsheets and NumPy use by default).
 */
export function quantile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) throw new RangeError("quantile of an empty list");
  if (p < 0 || p > 1) throw new RangeError(`quantile p must be within 0–1, got ${p}`);
  const position = (sortedValues.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sortedValues[lower]!;
  const b = sortedValues[upper]!;
  return a + (b - a) * (position - lower);
}

/** Median and quartiles of the known values (nulls are left out); null when none is known. */
export function quartiles(values: readonly (number | null)[]): Quartiles | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  return {
    min: known[0]!,
    q1: quantile(known, 0.25),
    median: quantile(known, 0.5),
    q3: quantile(known, 0.75),
    max: known[known.length - 1]!,
    count: known.length,
  };
}

/** Where a value sits against its peers: below the first quartile, between, or above the third. */
export function quartileBand(value: number | null, peers: Quartiles | null): PeerBand | null {
  if (value === null || peers === null) return null;
  if (value < peers.q1) return "low";
  if (value > peers.q3) return "high";
  return "middle";
}

/**
 * The fewest peers with a value for which anonymous figures are shown. With
 * two, the median is their mean and one peer works out the other's value from
 * its own; quartiles of three or four give the others away nearly as plainly.
 */
export const MIN_PEER_GROUP = 5;

/** What a viewer may see of a group of peers: their quartiles, or why there are none. */
export type PeerFigures = { kind: "figures"; figures: Quartiles } | { kind: "too_few" } | { kind: "none" };

/** The one door to anonymous peer figures: quartiles only for at least MIN_PEER_GROUP known values. */
export function peerFigures(values: readonly (number | null)[]): PeerFigures {
  const figures = quartiles(values);
  if (figures === null) return { kind: "none" };
  return figures.count < MIN_PEER_GROUP ? { kind: "too_few" } : { kind: "figures", figures };
}

/**
 * Where a value sits against its peers: the one band definition every screen
 * uses. "low" is the bottom quarter (below the peers' first quartile), "high"
 * the top quarter (above the third), "middle" the middle half (from the first
 * to the third quartile, both included); null when the peers' figures are not
 * shown (too few, or none) or the value is unknown.
 */
export type PeerBand = "low" | "middle" | "high";

export function peerBand(value: number | null, peers: PeerFigures): PeerBand | null {
  return quartileBand(value, peers.kind === "figures" ? peers.figures : null);
}

/**
 * Who a mission is compared with: the missions with at least one active
 * account at D. A dormant mission scores zero on nearly everything, so with
 * ten of them among the peers the first quartile is zero and a dormant
 * mission reads "within the middle half" of a group of zeros. Leaving them
 * out compares like with like. (A percentile rank over all missions was the
 * other choice; it still ranks a dormant mission among tied zeros, "40th
 * percentile" for doing nothing, and needs a second definition beside the
 * quartiles the screens already show.)
 */
export function isActivePeer(mission: { statusCounts: { active: number } }): boolean {
  return mission.statusCounts.active > 0;
}

/** A mission's place among its peers: its band, or "dormant" when it has no active account and so is not one of them. */
export type PeerPosition = PeerBand | "dormant";

/**
 * The verdict a mission's figure gets against its active peers. A mission
 * without an active account is "dormant" whatever its value, so it is never
 * read as within the middle half (that says nothing of the peers, so it holds
 * for a small peer group too); otherwise its band, null when none is shown.
 */
export function peerPosition(
  value: number | null,
  peers: PeerFigures,
  mission: { statusCounts: { active: number } },
): PeerPosition | null {
  if (!isActivePeer(mission)) return "dormant";
  return peerBand(value, peers);
}

/**
 * The health score a summary reports: a single mission's own score; over
 * several missions, the median of the active peers' scores (isActivePeer),
 * so that dormant missions' near-zero scores do not pull the ministry's
 * figure down to describe accounts nobody runs. Null when no score is known.
 */
export function summaryHealthScore(
  missions: readonly { statusCounts: { active: number }; health: { score: number | null } }[],
  scope: "mission" | "ministry",
): number | null {
  const counted = scope === "mission" ? missions : missions.filter(isActivePeer);
  return quartiles(counted.map((m) => m.health.score))?.median ?? null;
}
