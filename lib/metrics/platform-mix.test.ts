import { describe, expect, it } from "vitest";
import { compareWithAdoption, formatOfPlatform, ministryFormatShares, missionFormatPresence } from "./platform-mix";

describe("formatOfPlatform", () => {
  it("groups platforms into formats", () => {
    expect(
      [
        "x",
        "mastodon",
        "bluesky",
        "website",
        "blog",
        "youtube",
        "instagram",
        "flickr",
        "linkedin",
        "facebook",
        "telegram",
        "tiktok",
      ].map(formatOfPlatform),
    ).toEqual([
      "microblog",
      "microblog",
      "microblog",
      "blog_website",
      "blog_website",
      "video",
      "photo",
      "photo",
      "professional",
      "social_network",
      "messaging",
      "other",
    ]);
  });
});

describe("missionFormatPresence", () => {
  it("counts accounts and active accounts per format, and a target format without an active account is a gap", () => {
    const presence = missionFormatPresence(
      [
        { platform: "x", status: "active" },
        { platform: "website", status: "dormant" },
        { platform: "youtube", status: "active" },
      ],
      ["blog_website", "microblog", "social_network"],
    );
    const by = Object.fromEntries(presence.map((p) => [p.format, p]));
    expect(by.microblog).toEqual({ format: "microblog", accounts: 1, active: 1, inTarget: true, isGap: false });
    // A dormant website is present but still a gap; no Facebook at all is a gap; video is outside the target.
    expect(by.blog_website).toMatchObject({ accounts: 1, active: 0, isGap: true });
    expect(by.social_network).toMatchObject({ accounts: 0, active: 0, isGap: true });
    expect(by.video).toMatchObject({ accounts: 1, active: 1, inTarget: false, isGap: false });
  });
});

describe("ministryFormatShares", () => {
  it("gives the share of missions active in each format", () => {
    const target = ["microblog"] as const;
    const a = missionFormatPresence([{ platform: "x", status: "active" }], target);
    const b = missionFormatPresence(
      [
        { platform: "x", status: "dormant" },
        { platform: "facebook", status: "active" },
      ],
      target,
    );
    const c = missionFormatPresence([], target);
    const shares = Object.fromEntries(ministryFormatShares([a, b, c], target).map((s) => [s.format, s]));
    // Microblog: present in 2 of 3 missions, active in 1 of 3.
    expect(shares.microblog).toMatchObject({ missionsPresent: 2, missionsActive: 1, missions: 3, inTarget: true });
    expect(shares.microblog!.activeShare).toBeCloseTo(1 / 3, 10);
    expect(shares.social_network).toMatchObject({ missionsPresent: 1, missionsActive: 1, inTarget: false });
    expect(ministryFormatShares([], target)[0]!.activeShare).toBeNull();
  });
});

describe("compareWithAdoption", () => {
  it("ranks the reference platforms and counts this ministry's missions on each (Twitter is X)", () => {
    const reference = [
      { platform: "twitter", ministries: 114, source: "s", year: 2016 },
      { platform: "website", ministries: 170, source: "s", year: 2016 },
      { platform: "flickr", ministries: 47, source: "s", year: 2016 },
    ];
    const rows = compareWithAdoption(reference, [
      { missionId: "m1", platform: "x", status: "active" },
      { missionId: "m1", platform: "x", status: "dormant" },
      { missionId: "m2", platform: "x", status: "dormant" },
    ]);
    expect(rows.map((r) => [r.platform, r.rank, r.missionsPresent, r.missionsActive])).toEqual([
      ["website", 1, 0, 0],
      ["twitter", 2, 2, 1],
      ["flickr", 3, 0, 0],
    ]);
    expect(rows[0]!.format).toBe("blog_website");
  });
});
