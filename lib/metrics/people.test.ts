import { describe, expect, it } from "vitest";
import { parseIsoDay } from "./dates";
import {
  amplification,
  amplifiesAny,
  countAmplification,
  handoverSignal,
  handoverWindows,
  HANDOVER_WINDOW_DAYS,
  postingEnd,
  sideFigures,
} from "./people";

const day = (iso: string) => parseIsoDay(iso)!;

describe("sideFigures", () => {
  it("reuses the contract's engagement share and reactions per post", () => {
    // 3 engagement / (3 + 1 broadcast) = 0.75; 2 reposts counted apart; 30 reactions over 4 known posts = 7.5.
    const f = sideFigures({
      counts: { broadcast: 1, engagement: 3, amplification: 2 },
      reactions: { reactions: 30, posts: 4 },
    });
    expect(f).toEqual({
      postsInPeriod: 6,
      counts: { broadcast: 1, engagement: 3, amplification: 2 },
      engagementShare: 0.75,
      reactionsPerPost: 7.5,
    });
  });

  it("has no share and no response without posts", () => {
    const f = sideFigures({
      counts: { broadcast: 0, engagement: 0, amplification: 0 },
      reactions: { reactions: 0, posts: 0 },
    });
    expect(f.engagementShare).toBeNull();
    expect(f.reactionsPerPost).toBeNull();
  });
});

describe("amplification", () => {
  const embassy = ["demo_mn_japan"];

  it("counts reposts, quotes, replies and mentions of the other side", () => {
    expect(amplifiesAny({ repostOfHandle: "demo_mn_japan" }, embassy)).toBe(true);
    expect(amplifiesAny({ quotedHandle: "@Demo_MN_Japan" }, embassy)).toBe(true);
    expect(amplifiesAny({ replyToHandle: "demo_mn_japan" }, embassy)).toBe(true);
    expect(amplifiesAny({ mentions: ["demo_jp_news", "demo_mn_japan"] }, embassy)).toBe(true);
  });

  it("counts a repost only for whom it reposts, and nothing else", () => {
    // A repost of someone else that mentions the embassy: the mention is the original author's.
    expect(amplifiesAny({ repostOfHandle: "demo_jp_news", mentions: ["demo_mn_japan"] }, embassy)).toBe(false);
    expect(amplifiesAny({ mentions: ["demo_jp_news"] }, embassy)).toBe(false);
    expect(amplifiesAny({}, embassy)).toBe(false);
  });

  it("gives count and share of the side's posts (hand-computed)", () => {
    const posts = [
      { repostOfHandle: "demo_mn_japan" }, // yes
      { quotedHandle: "demo_mn_japan" }, // yes
      { mentions: ["demo_mn_japan", "demo_mn_japan"] }, // yes, once
      { repostOfHandle: "demo_jp_news", mentions: ["demo_mn_japan"] }, // no
      { replyToHandle: "demo_amb_japan" }, // no: a thread of its own
    ];
    // 3 of 5 posts = 0.6
    expect(countAmplification(posts, embassy)).toEqual({ posts: 3, share: 0.6 });
    expect(amplification(0, 0)).toEqual({ posts: 0, share: null });
  });
});

describe("handover signal", () => {
  it("places the windows: the W days before the end day, and the end day with the W − 1 after", () => {
    const w = handoverWindows(day("2015-06-20"), 90);
    expect(w.before.start).toEqual(day("2015-03-22"));
    expect(w.before.endExclusive).toEqual(day("2015-06-20"));
    expect(w.after.start).toEqual(day("2015-06-20"));
    expect(w.after.endExclusive).toEqual(day("2015-09-18"));
  });

  it("reads a drop below half the rate before (hand-computed)", () => {
    // 15 posts in 90 days = 5 per 30 days; 3 after = 1 per 30 days; 3/15 = 0.2 < 0.5.
    const h = handoverSignal({ end: day("2015-06-20"), asOf: day("2017-08-15"), postsBefore: 15, postsAfter: 3 });
    expect(h.ratePerMonthBefore).toBe(5);
    expect(h.ratePerMonthAfter).toBe(1);
    expect(h.ratio).toBe(0.2);
    expect(h.signal).toBe("drop");
  });

  it("is steady at exactly half, and with nothing posted before", () => {
    expect(
      handoverSignal({ end: day("2016-06-10"), asOf: day("2017-08-15"), postsBefore: 12, postsAfter: 6 }).signal,
    ).toBe("steady");
    expect(
      handoverSignal({ end: day("2016-06-10"), asOf: day("2017-08-15"), postsBefore: 12, postsAfter: 5 }).signal,
    ).toBe("drop");
    const none = handoverSignal({ end: day("2016-06-10"), asOf: day("2017-08-15"), postsBefore: 0, postsAfter: 0 });
    expect(none.ratio).toBeNull();
    expect(none.signal).toBe("steady");
  });

  it("is too recent until the last day of the window after has passed", () => {
    // End 2017-06-01, W = 90: the window after is 2017-06-01 … 2017-08-29.
    const end = day("2017-06-01");
    expect(handoverSignal({ end, asOf: day("2017-08-28"), postsBefore: 20, postsAfter: 0 }).signal).toBe("too_recent");
    expect(handoverSignal({ end, asOf: day("2017-08-29"), postsBefore: 20, postsAfter: 0 }).signal).toBe("drop");
    // W = 30: 2017-06-01 … 2017-06-30.
    expect(handoverSignal({ end, asOf: day("2017-06-29"), postsBefore: 2, postsAfter: 2, windowDays: 30 }).signal).toBe(
      "too_recent",
    );
    const short = handoverSignal({ end, asOf: day("2017-06-30"), postsBefore: 2, postsAfter: 2, windowDays: 30 });
    expect(short).toMatchObject({ signal: "steady", ratePerMonthBefore: 2, ratePerMonthAfter: 2, ratio: 1 });
    expect(HANDOVER_WINDOW_DAYS).toBe(90);
  });

  it("ends posting at the last post of a closed account, or its closing day", () => {
    const asOf = day("2017-08-15");
    expect(postingEnd({ closedAt: null, lastPostAt: day("2017-08-01") }, asOf)).toBeNull();
    expect(
      postingEnd({ closedAt: new Date("2015-06-30T12:00:00Z"), lastPostAt: new Date("2015-06-18T09:30:00Z") }, asOf),
    ).toEqual(day("2015-06-18"));
    expect(postingEnd({ closedAt: new Date("2015-06-30T12:00:00Z"), lastPostAt: null }, asOf)).toEqual(
      day("2015-06-30"),
    );
    // Closed after D: still posting as of D.
    expect(postingEnd({ closedAt: day("2017-09-01"), lastPostAt: day("2017-08-01") }, asOf)).toBeNull();
  });
});
