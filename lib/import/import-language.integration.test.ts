import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { importPosts } from "./import-posts";
import { completeImportRun, startImportRun, type ImportFileInput } from "./run-import";
import type { ImportRecord } from "./types";

let database: TestDatabase;
let db: PrismaClient;
let budapestId: string;
let berlinId: string;

// Hand-made texts: a Hungarian sentence, a short English feed title of names and acronyms.
const HUNGARIAN = "A nagykövet ma találkozott a külügyminiszterrel a kereskedelmi kapcsolatokról.";
const TITLE = "Naadam FAQ two FAQ wrap";

function record(platformId: string, text: string, language: string | null): ImportRecord {
  return {
    platformId,
    postedAt: new Date("2026-03-02T10:00:00Z"),
    text,
    language,
    replyToHandle: null,
    quotedHandle: null,
    repostOfHandle: null,
    mentions: [],
    likeCount: null,
    replyCount: null,
    repostCount: null,
    url: null,
  };
}

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const hungary = await db.mission.create({
    data: {
      slug: "budapest",
      name: "Embassy in Budapest",
      kind: "embassy",
      countryCode: "HU",
      country: "Hungary",
      timeZone: "Europe/Budapest",
      hostLanguages: "hu",
    },
  });
  const germany = await db.mission.create({
    data: {
      slug: "berlin",
      name: "Embassy in Berlin",
      kind: "embassy",
      countryCode: "DE",
      country: "Germany",
      timeZone: "Europe/Berlin",
      hostLanguages: "de",
    },
  });
  budapestId = (await db.account.create({ data: { missionId: hungary.id, platform: "blog", handle: "budapest-blog" } }))
    .id;
  berlinId = (await db.account.create({ data: { missionId: germany.id, platform: "blog", handle: "berlin-blog" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

async function languages(accountId: string) {
  const posts = await db.post.findMany({
    where: { accountId },
    select: { platformId: true, language: true },
    orderBy: { platformId: "asc" },
  });
  return Object.fromEntries(posts.map((p) => [p.platformId, p.language]));
}

describe("importPosts: detected languages are those the account's mission plausibly writes", () => {
  it("detects the host language where it is one, leaves it unknown elsewhere, and treats 'und' as not given", async () => {
    const records = [
      record("1", HUNGARIAN, null),
      record("2", TITLE, null),
      record("3", HUNGARIAN, "und"),
      record("4", "Short", "de-AT"),
    ];
    await importPosts(db, { accountId: budapestId, records, actorId: null });
    await importPosts(db, { accountId: berlinId, records, actorId: null });
    expect(await languages(budapestId)).toEqual({ "1": "hu", "2": null, "3": "hu", "4": "de-AT" });
    expect(await languages(berlinId)).toEqual({ "1": null, "2": null, "3": null, "4": "de-AT" });
  });
});

describe("a Mastodon outbox through the import run (issue 22, items 10 and 11)", () => {
  it("stores skipped activities counted per reason and detects an undetermined post's language for the mission", async () => {
    const mission = await db.mission.findUniqueOrThrow({ where: { slug: "budapest" } });
    const accountId = (
      await db.account.create({
        data: { missionId: mission.id, platform: "mastodon", handle: "embassy@social.example" },
      })
    ).id;
    const ACTOR = "https://social.example/users/embassy";
    const PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    const create = (n: number, to: string[], cc: string[], contentMap: Record<string, string>) => ({
      id: `${ACTOR}/statuses/${n}/activity`,
      type: "Create",
      actor: ACTOR,
      published: "2024-05-01T09:00:00Z",
      to,
      cc,
      object: { id: `${ACTOR}/statuses/${n}`, type: "Note", published: "2024-05-01T09:00:00Z", contentMap, to, cc },
    });
    const outbox = {
      type: "OrderedCollection",
      orderedItems: [
        create(1, [PUBLIC], [], { und: `<p>${HUNGARIAN}</p>` }),
        create(2, [`${ACTOR}/followers`], [], { en: "<p>Only for followers</p>" }),
        create(3, ["https://other.example/users/friend"], [], { en: "<p>Direct</p>" }),
        create(1, [PUBLIC], [], { und: `<p>${HUNGARIAN}</p>` }),
      ],
    };
    const input: ImportFileInput = {
      fileName: "outbox.json",
      bytes: new TextEncoder().encode(JSON.stringify(outbox)),
      accountId,
      actorId: null,
      via: "cli",
    };
    const runId = await startImportRun(db, input);
    const outcome = await completeImportRun(db, runId, input);
    expect(outcome).toMatchObject({
      status: "succeeded",
      created: 1,
      skipped: 3,
      skippedReasons: { "followers only": 1, direct: 1, "pinned duplicate": 1 },
    });
    const row = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(JSON.parse(row.skippedReasons)).toEqual({ "followers only": 1, direct: 1, "pinned duplicate": 1 });
    expect(await languages(accountId)).toEqual({ [`${ACTOR}/statuses/1`]: "hu" });
  });
});
