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
export function quartileBand(value: number | null, peers: Quartiles | null): "low" | "middle" | "high" | null {
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

/** Where a value sits against its peers; null when their figures are not shown. */
export function peerBand(value: number | null, peers: PeerFigures): "low" | "middle" | "high" | null {
  return quartileBand(value, peers.kind === "figures" ? peers.figures : null);
}
