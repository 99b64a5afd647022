import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { expectNoSeriousA11yViolations, screenshotBothWidths } from "./support/a11y";
import { emptyStoreUrl, signInOnEmptyStore } from "./support/users";

/**
 * One import per export format through the import screen, each file shaped as
 * the platform writes it (hand-made, no real people's posts), on the empty
 * store: what is read, how each post is counted, what is skipped and why, and
 * whose export a file is.
 */
const emptyDb = () => createClient({ url: `file:${path.join(process.cwd(), "data", "e2e-empty.db")}` });

async function emptyRows(sql: string, args: (string | number)[] = []): Promise<Record<string, unknown>[]> {
  const client = emptyDb();
  try {
    return (await client.execute({ sql, args })).rows as unknown as Record<string, unknown>[];
  } finally {
    client.close();
  }
}

/** Posts of one account per category, e.g. { broadcast: 2, engagement: 1 }. */
async function categories(accountId: string): Promise<Record<string, number>> {
  const rows = await emptyRows("SELECT category, COUNT(*) AS n FROM Post WHERE accountId = ? GROUP BY category", [
    accountId,
  ]);
  return Object.fromEntries(rows.map((row) => [String(row.category), Number(row.n)]));
}

const dir = mkdtempSync(path.join(tmpdir(), "chancery-e2e-formats-"));
function file(name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

const X_ID = "4400000001";
const ACCOUNTS = {
  newX: { platform: "x", handle: "fmt_new_x" },
  oldX: { platform: "x", handle: "fmt_old_x" },
  mastodon: { platform: "mastodon", handle: "fmtmfa@mastodon.example" },
  bluesky: { platform: "bluesky", handle: "fmt-mfa.bsky.example" },
  blog: { platform: "blog", handle: "fmt-blog.example.org" },
} as const;

async function upload(page: Page, accountHandle: string | null, filePath: string) {
  await page.goto(`${emptyStoreUrl()}/imports`);
  if (accountHandle) {
    const option = page.getByTestId("import-account").locator("option", { hasText: accountHandle });
    await page.getByTestId("import-account").selectOption((await option.first().getAttribute("value"))!);
  }
  await page.getByTestId("import-file").setInputFiles(filePath);
  await page.getByTestId("import-start").click();
}

async function accountIdOf(handle: string): Promise<string> {
  const rows = await emptyRows("SELECT id FROM Account WHERE handle = ?", [handle]);
  return String(rows[0]!.id);
}

const tweet = (id: string, fields: Record<string, unknown>) => ({
  tweet: {
    id_str: id,
    created_at: "Tue Aug 08 10:00:00 +0000 2017",
    full_text: `Format test tweet ${id}`,
    lang: "en",
    favorite_count: "1",
    retweet_count: "0",
    ...fields,
  },
});

test.describe("import screen, one file per export format", () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ storageState: { cookies: [], origins: [] } });

  // Every test reads its own account; the CSV uploads are idempotent, so a worker restarted after a failure may run them again.
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await signInOnEmptyStore(page, "/imports");
    await upload(
      page,
      null,
      file(
        "missions.csv",
        "slug,name,kind,country_code,country,city,region,time_zone,host_languages\r\nformatland,Embassy in Formatland,embassy,FR,France,Paris,Europe,Europe/Paris,fr\r\n",
      ),
    );
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    const rows = Object.values(ACCOUNTS).map(({ platform, handle }) => `formatland,${platform},${handle}`);
    await upload(page, null, file("accounts.csv", `mission_slug,platform,handle\r\n${rows.join("\r\n")}\r\n`));
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    expect(await emptyRows("SELECT handle FROM Account WHERE handle LIKE 'fmt%'")).toHaveLength(5);
    await page.close();
  });

  test("an X archive zip with its tweets only in tweets-part1.js: quotes by link, replies by user id, the own id learnt, another account's archive needs a confirmation", async ({
    page,
  }, testInfo) => {
    await signInOnEmptyStore(page, "/imports");
    const tweets = [
      tweet("900000000000000001", { full_text: "Our statement on the anniversary." }),
      // A quote as real archives write it: only the expanded link says so.
      tweet("900000000000000002", {
        full_text: "Worth reading https://t.co/abc",
        entities: {
          urls: [
            {
              url: "https://t.co/abc",
              expanded_url: "https://twitter.com/un_example/status/880000000000000001",
              display_url: "twitter.com/un_example/st…",
            },
          ],
        },
      }),
      // A reply that names the user only by id.
      tweet("900000000000000003", {
        full_text: "Thank you for the welcome.",
        in_reply_to_status_id_str: "880000000000000002",
        in_reply_to_user_id_str: "12345",
      }),
      // The second post of a thread: a reply to itself, by id.
      tweet("900000000000000004", {
        full_text: "2/2 The programme follows.",
        in_reply_to_status_id_str: "900000000000000001",
        in_reply_to_user_id_str: X_ID,
      }),
      tweet("900000000000000005", { full_text: "RT @un_example: International day" }),
    ];
    const archive = (accountId: string, username: string) =>
      zipSync({
        "data/account.js": strToU8(
          `window.YTD.account.part0 = ${JSON.stringify([{ account: { accountId, username, accountDisplayName: "Format test" } }])}`,
        ),
        "data/tweets-part1.js": strToU8(`window.YTD.tweets.part1 = ${JSON.stringify(tweets)}`),
      });
    await upload(page, ACCOUNTS.newX.handle, file("twitter-archive.zip", archive(X_ID, ACCOUNTS.newX.handle)));
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(report.getByTestId("import-created")).toHaveText("5");
    const accountId = await accountIdOf(ACCOUNTS.newX.handle);
    expect(await categories(accountId)).toEqual({ broadcast: 2, engagement: 2, amplification: 1 });
    await screenshotBothWidths(page, testInfo, "imports-x-archive-parts");

    await report.getByTestId("import-account-link").click();
    await expect(page.getByText(X_ID, { exact: true })).toBeVisible();

    // Someone else's archive: refused naming both, then imported once the user confirms.
    await upload(page, ACCOUNTS.newX.handle, file("other-archive.zip", archive("4400000099", "other_ministry")));
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "rejected", { timeout: 30_000 });
    await expect(page.getByTestId("import-problems")).toContainText("other_ministry");
    const confirm = page.getByTestId("import-confirm-other");
    await expect(confirm).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "imports-other-account-confirm");
    await confirm.getByRole("checkbox").check();
    await page.getByTestId("import-confirm-start").click();
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(page.getByTestId("import-unchanged")).toHaveText("5");

    // An entry whose name climbs out of the archive refuses the whole zip, wanted or not.
    const evil = zipSync({
      "data/tweets.js": strToU8(`window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`),
      "../evil.sh": strToU8("echo"),
    });
    await upload(page, ACCOUNTS.newX.handle, file("evil.zip", evil));
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "rejected", { timeout: 30_000 });
    await expect(page.getByTestId("import-problems")).toContainText("../evil.sh");
  });

  test("the pre-2018 X archive's tweets.csv, then a newer tweets.js that adds only the new tweets", async ({
    page,
  }) => {
    await signInOnEmptyStore(page, "/imports");
    const header =
      '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text","retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"';
    const source = '"<a href=""http://twitter.com"" rel=""nofollow"">Twitter Web Client</a>"';
    const rows = [
      `"310000000000000001","","","2013-05-01 12:34:56 +0000",${source},"Our embassy opens its doors, ""welcome""
to everyone.","","","",""`,
      `"310000000000000002","300000000000000009","777","2013-05-02 08:00:00 +0000",${source},"@partner_example thank you!","","","",""`,
      `"310000000000000003","","","2013-05-03 08:00:00 +0000",${source},"RT @un_example: A day for peace","300000000000000010","888","2013-05-02 20:00:00 +0000",""`,
      `"310000000000000004","","","2013-05-04 08:00:00 +0000",${source},"Read this https://t.co/q","","","","https://twitter.com/un_example/status/300000000000000011"`,
    ];
    await upload(page, ACCOUNTS.oldX.handle, file("tweets.csv", `${header}\n${rows.join("\n")}\n`));
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(report.getByTestId("import-created")).toHaveText("4");
    const accountId = await accountIdOf(ACCOUNTS.oldX.handle);
    expect(await categories(accountId)).toEqual({ broadcast: 1, engagement: 2, amplification: 1 });

    const newer = [
      tweet("310000000000000004", {
        created_at: "Sat May 04 08:00:00 +0000 2013",
        full_text: "Read this https://t.co/q",
      }),
      tweet("910000000000000001", { full_text: "A newer tweet." }),
    ];
    await upload(
      page,
      ACCOUNTS.oldX.handle,
      file("newer-tweets.js", `window.YTD.tweets.part0 = ${JSON.stringify(newer)}`),
    );
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(page.getByTestId("import-created")).toHaveText("1");
    expect(await emptyRows("SELECT id FROM Post WHERE accountId = ?", [accountId])).toHaveLength(5);
  });

  test("a Mastodon outbox: a self-thread is broadcast, direct and followers-only posts are skipped by reason", async ({
    page,
  }, testInfo) => {
    await signInOnEmptyStore(page, "/imports");
    const actor = "https://mastodon.example/users/fmtmfa";
    const PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    const note = (n: number, to: string[], cc: string[], extra: Record<string, unknown> = {}) => ({
      id: `${actor}/statuses/11000000000000000${n}/activity`,
      type: "Create",
      actor,
      published: `2017-08-0${n}T10:00:00Z`,
      to,
      cc,
      object: {
        id: `${actor}/statuses/11000000000000000${n}`,
        type: "Note",
        published: `2017-08-0${n}T10:00:00Z`,
        url: `https://mastodon.example/@fmtmfa/11000000000000000${n}`,
        attributedTo: actor,
        to,
        cc,
        content: `<p>Format test toot number ${n} about our bilateral relations.</p>`,
        tag: [],
        ...extra,
      },
    });
    const outbox = {
      "@context": "https://www.w3.org/ns/activitystreams",
      id: "outbox.json",
      type: "OrderedCollection",
      orderedItems: [
        note(1, [PUBLIC], [`${actor}/followers`]),
        note(2, [PUBLIC], [`${actor}/followers`], { inReplyTo: `${actor}/statuses/110000000000000001` }),
        note(3, [`${actor}/followers`], []),
        note(4, ["https://other.example/users/someone"], [], {
          tag: [{ type: "Mention", href: "https://other.example/users/someone", name: "@someone@other.example" }],
        }),
        {
          id: `${actor}/statuses/110000000000000005/activity`,
          type: "Announce",
          actor,
          published: "2017-08-05T10:00:00Z",
          to: [PUBLIC],
          cc: [`${actor}/followers`],
          object: "https://other.example/users/someone/statuses/1",
        },
      ],
    };
    await upload(page, ACCOUNTS.mastodon.handle, file("outbox.json", JSON.stringify(outbox)));
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(report.getByTestId("import-created")).toHaveText("3");
    await expect(report.getByTestId("import-skipped")).toHaveText("2");
    await expect(report).toContainText(/direct/i);
    await expect(report).toContainText(/followers/i);
    const accountId = await accountIdOf(ACCOUNTS.mastodon.handle);
    expect(await categories(accountId)).toEqual({ broadcast: 2, amplification: 1 });
    await screenshotBothWidths(page, testInfo, "imports-mastodon-skips");
  });

  test("a Bluesky author feed: the DID is learnt and a repost keeps the language of what it reposts", async ({
    page,
  }) => {
    await signInOnEmptyStore(page, "/imports");
    const did = "did:plc:fmtmfa";
    const author = { did, handle: ACCOUNTS.bluesky.handle };
    const feed = {
      feed: [
        {
          post: {
            uri: `at://${did}/app.bsky.feed.post/f1`,
            cid: "c1",
            author,
            record: {
              $type: "app.bsky.feed.post",
              text: "Our embassy celebrates the national day with friends.",
              createdAt: "2017-08-09T10:05:00.000Z",
              langs: ["en"],
            },
            likeCount: 3,
            repostCount: 1,
            replyCount: 0,
          },
        },
        {
          post: {
            uri: "at://did:plc:other/app.bsky.feed.post/o1",
            cid: "o1",
            author: { did: "did:plc:other", handle: "other.bsky.example" },
            record: {
              $type: "app.bsky.feed.post",
              text: "Journée internationale de la francophonie",
              createdAt: "2017-08-09T00:00:00Z",
              langs: ["fr"],
            },
          },
          reason: { $type: "app.bsky.feed.defs#reasonRepost", by: author, indexedAt: "2017-08-10T09:00:00Z" },
        },
      ],
    };
    await upload(page, ACCOUNTS.bluesky.handle, file("bluesky-feed.json", JSON.stringify(feed)));
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(report.getByTestId("import-created")).toHaveText("2");
    const accountId = await accountIdOf(ACCOUNTS.bluesky.handle);
    expect(
      await emptyRows("SELECT category, language FROM Post WHERE accountId = ? ORDER BY postedAt", [accountId]),
    ).toEqual([
      { category: "broadcast", language: "en" },
      { category: "amplification", language: "fr" },
    ]);
    await report.getByTestId("import-account-link").click();
    await expect(page.getByText(did, { exact: true })).toBeVisible();
  });

  test("a WordPress Atom feed that starts with a stylesheet instruction and a comment", async ({ page }) => {
    await signInOnEmptyStore(page, "/imports");
    const atom = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="https://fmt-blog.example.org/wp-content/feed.xsl"?>
<!-- generator="WordPress/6.4" -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Embassy in Formatland</title>
  <id>https://fmt-blog.example.org/feed/atom/</id>
  <updated>2017-08-10T08:00:00Z</updated>
  <entry><title>Ambassador presents credentials</title><id>https://fmt-blog.example.org/?p=1</id><link href="https://fmt-blog.example.org/credentials/"/><published>2017-08-09T08:00:00Z</published><updated>2017-08-09T08:00:00Z</updated><summary>The ambassador presented credentials to the president today.</summary></entry>
  <entry><title>Visa hours</title><id>https://fmt-blog.example.org/?p=2</id><link href="https://fmt-blog.example.org/visa/"/><published>2017-08-10T08:00:00Z</published><updated>2017-08-10T08:00:00Z</updated><summary>New hours.</summary></entry>
</feed>
`;
    await upload(page, ACCOUNTS.blog.handle, file("atom.xml", atom));
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(report.getByTestId("import-created")).toHaveText("2");
    const accountId = await accountIdOf(ACCOUNTS.blog.handle);
    // A title of two words is too short to tell its language: unknown, not a guess.
    const languages = (
      await emptyRows("SELECT language FROM Post WHERE accountId = ? ORDER BY postedAt", [accountId])
    ).map((row) => row.language);
    expect(languages).toEqual(["en", null]);
  });
});
