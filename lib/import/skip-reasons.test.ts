import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import messages from "../../messages/en/index";
import { skipReasonLines } from "./skip-reasons";

const t = createTranslator({ locale: "en", messages, namespace: "imports.report" });

/** The report's lines as the import screen writes them (components/imports/import-report.tsx). */
function lines(skippedReasons: Record<string, number>): string[] {
  return skipReasonLines(skippedReasons).map((line) =>
    "key" in line
      ? t(`skipReasons.${line.key}`, { count: line.count })
      : t("skippedReason", { count: line.count, reason: line.reason }),
  );
}

describe("skipped records in the import report (issue 22, item 11)", () => {
  it("says in words how many were skipped for each reason, Mastodon's visibilities apart", () => {
    expect(
      lines({ direct: 2, "followers only": 1, deleted: 3, "pinned duplicate": 1, "boost of a deleted post": 1 }),
    ).toEqual([
      "2 direct messages (seen only by the people they mention)",
      "1 post for followers only",
      "3 deleted posts",
      "1 pinned post listed a second time",
      "1 repost of a deleted post",
    ]);
  });

  it("counts X's and Mastodon's reposts of deleted posts together, and keeps a reason it has no words for as it is", () => {
    expect(lines({ "retweet of a deleted tweet": 2, "boost of a deleted post": 1, "Like activity": 4 })).toEqual([
      "3 reposts of a deleted post",
      "4 × Like activity",
    ]);
  });

  it("words the reasons of older runs and of Bluesky", () => {
    expect(lines({ "not public": 5, "deleted or blocked": 1, "not by this account": 2 })).toEqual([
      "5 posts not public (direct or for followers only)",
      "1 post deleted or blocked",
      "2 posts by other accounts",
    ]);
  });
});
