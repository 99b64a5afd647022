import { describe, expect, it } from "vitest";
import {
  categoryShares,
  engagementInteractions,
  postInteractions,
  topInterlocutors,
  totalInteractions,
  type InterlocutorRow,
} from "./stakeholders";

const own = new Set(["demo_mn_mfa", "demo_mn_usa"]);
const counts = (reply: number, quote: number, mention: number, repost: number) => ({ reply, quote, mention, repost });

describe("postInteractions", () => {
  it("counts a reply that mentions the account it answers once, as a reply", () => {
    expect(
      postInteractions(
        { authorHandle: "demo_mn_usa", replyToHandle: "Demo_US_News", mentions: ["@demo_us_news"] },
        own,
      ),
    ).toEqual([{ handle: "demo_us_news", type: "reply" }]);
  });

  it("lists each outside account once: reply over quote over mention", () => {
    const post = { authorHandle: "demo_mn_usa", replyToHandle: "a", quotedHandle: "b", mentions: ["b", "c", "C"] };
    expect(postInteractions(post, own)).toEqual([
      { handle: "a", type: "reply" },
      { handle: "b", type: "quote" },
      { handle: "c", type: "mention" },
    ]);
  });

  it("leaves out the author and the ministry's own accounts", () => {
    const post = { authorHandle: "Demo_MN_USA", replyToHandle: "demo_mn_usa", mentions: ["@DEMO_MN_MFA", "demo_un"] };
    expect(postInteractions(post, own)).toEqual([{ handle: "demo_un", type: "mention" }]);
  });

  it("counts a repost only for whom it reposts, never for the mentions in it", () => {
    expect(
      postInteractions({ authorHandle: "demo_mn_usa", repostOfHandle: "demo_un", mentions: ["demo_us_news"] }, own),
    ).toEqual([{ handle: "demo_un", type: "repost" }]);
    expect(
      postInteractions({ authorHandle: "demo_mn_usa", repostOfHandle: "demo_mn_mfa", mentions: ["demo_us_news"] }, own),
    ).toEqual([]);
  });

  it("finds nothing in a plain original post", () => {
    expect(postInteractions({ authorHandle: "demo_mn_usa" }, own)).toEqual([]);
  });
});

describe("interaction totals", () => {
  it("keeps reposts out of engagement", () => {
    expect(engagementInteractions(counts(3, 1, 2, 5))).toBe(6);
    expect(totalInteractions(counts(3, 1, 2, 5))).toBe(11);
  });
});

describe("categoryShares", () => {
  it("divides engagement with each category by all engagement, unlabelled as its own bucket", () => {
    // 6 media + 2 more media + 3 host government + 1 unlabelled = 12 engagement interactions.
    const shares = categoryShares([
      { category: "media", engagementInteractions: 6 },
      { category: "host_government", engagementInteractions: 3 },
      { category: "media", engagementInteractions: 2 },
      { category: "unlabelled", engagementInteractions: 1 },
    ]);
    const byCategory = Object.fromEntries(shares.map((s) => [s.category, s]));
    expect(byCategory.media).toEqual({ category: "media", interactions: 8, share: 8 / 12 });
    expect(byCategory.host_government!.share).toBe(0.25);
    expect(byCategory.unlabelled!.share).toBe(1 / 12);
    expect(byCategory.diaspora).toEqual({ category: "diaspora", interactions: 0, share: 0 });
    expect(shares).toHaveLength(9);
    expect(shares.at(-1)!.category).toBe("unlabelled");
    expect(shares.reduce((sum, s) => sum + (s.share ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it("has no shares (not zero shares) when there is no engagement at all", () => {
    expect(categoryShares([]).every((s) => s.share === null && s.interactions === 0)).toBe(true);
    expect(categoryShares([{ category: "media", engagementInteractions: 0 }]).every((s) => s.share === null)).toBe(
      true,
    );
  });
});

describe("topInterlocutors", () => {
  const row = (handle: string, c: ReturnType<typeof counts>, platform = "x"): InterlocutorRow => ({
    platform,
    handle,
    category: null,
    counts: c,
  });

  it("ranks by engagement, then all interactions, then handle, leaving out accounts only reposted", () => {
    const rows = [
      row("b", counts(1, 0, 1, 0)),
      row("a", counts(0, 0, 2, 0)),
      row("c", counts(2, 0, 0, 4)),
      row("d", counts(0, 0, 0, 9)),
      row("e", counts(5, 1, 0, 0)),
    ];
    // Total engagement given: 20 (the rows are a top slice of a larger directory).
    const top = topInterlocutors(rows, 3, 20);
    expect(top.map((t) => [t.handle, t.engagementInteractions, t.share])).toEqual([
      ["e", 6, 0.3],
      ["c", 2, 0.1],
      ["a", 2, 0.1],
    ]);
  });

  it("gives no share when the total is zero and honours a zero limit", () => {
    expect(topInterlocutors([row("a", counts(1, 0, 0, 0))], 5, 0)[0]!.share).toBeNull();
    expect(topInterlocutors([row("a", counts(1, 0, 0, 0))], 0, 1)).toEqual([]);
  });
});
