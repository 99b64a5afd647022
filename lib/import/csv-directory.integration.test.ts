import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { templateCsv } from "./csv-templates";
import { completeImportRun, startImportRun } from "./run-import";
import { worded } from "./test-support/worded";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(() => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

async function importText(fileName: string, text: string) {
  const input = {
    fileName,
    bytes: new TextEncoder().encode(text),
    accountId: null,
    actorId: null,
    via: "cli" as const,
  };
  return worded(await completeImportRun(db, await startImportRun(db, input), input));
}

const counts = async () => ({
  missions: await db.mission.count(),
  accounts: await db.account.count(),
  snapshots: await db.accountSnapshot.count(),
});

describe("directory import from the templates", () => {
  it("refuses accounts whose mission is not in the store yet, writing nothing", async () => {
    const outcome = await importText("accounts.csv", templateCsv("accounts"));
    expect(outcome).toMatchObject({ status: "rejected", format: "accounts-csv", errorCount: 2 });
    expect(outcome.errors[0]).toMatchObject({
      line: 2,
      field: "mission_slug",
      message: expect.stringContaining('no mission with the slug "germany"'),
    });
    expect(await counts()).toEqual({ missions: 0, accounts: 0, snapshots: 0 });
  });

  it("imports missions, then accounts, then follower counts; the same files again change nothing", async () => {
    expect(await importText("missions.csv", templateCsv("missions"))).toMatchObject({
      status: "succeeded",
      format: "missions-csv",
      read: 2,
      created: 2,
    });
    expect(await importText("accounts.csv", templateCsv("accounts"))).toMatchObject({
      status: "succeeded",
      created: 2,
    });
    expect(await importText("snapshots.csv", templateCsv("snapshots"))).toMatchObject({
      status: "succeeded",
      created: 2,
    });
    expect(await counts()).toEqual({ missions: 2, accounts: 2, snapshots: 2 });
    const berlin = await db.mission.findUniqueOrThrow({ where: { slug: "consulate-frankfurt" } });
    expect(berlin).toMatchObject({
      kind: "consulate",
      countryCode: "DE",
      timeZone: "Europe/Berlin",
      hostLanguages: "de,en",
    });
    const x = await db.account.findFirstOrThrow({
      where: { platform: "x" },
      include: { snapshots: true, mission: true },
    });
    expect(x).toMatchObject({
      handle: "MongolEmbassyDE",
      declaredUse: "engagement",
      isPrivate: false,
      mission: { slug: "germany" },
    });
    expect(x.openedAt?.toISOString()).toBe("2012-03-01T00:00:00.000Z");
    expect(x.snapshots[0]).toMatchObject({ followers: 1520, following: 210, totalPosts: 2230, source: "import" });

    for (const kind of ["missions", "accounts", "snapshots"] as const) {
      expect(await importText(`${kind}.csv`, templateCsv(kind))).toMatchObject({
        status: "succeeded",
        created: 0,
        updated: 0,
        unchanged: 2,
      });
    }
    expect(await db.auditEntry.count({ where: { action: "directory_import" } })).toBe(6);
  });

  it("updates what changed, matching handles without regard to case", async () => {
    const changed = templateCsv("snapshots").replace(
      "MongolEmbassyDE,2017-08-15,1520",
      "mongolembassyde,2017-08-15,1600",
    );
    expect(await importText("snapshots.csv", changed)).toMatchObject({
      status: "succeeded",
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    expect((await db.accountSnapshot.findFirstOrThrow({ where: { followers: 1600 } })).followers).toBe(1600);
  });

  it("writes nothing when one row of many is bad, and lists every problem", async () => {
    const before = await counts();
    const missions =
      templateCsv("missions") +
      "new-one,New mission,embassy,FR,France,Paris,Europe,Europe/Paris,fr\nbad one,Bad,embassy,,Nowhere,,,Mars/Olympus,\n";
    const outcome = await importText("missions.csv", missions);
    expect(outcome.status).toBe("rejected");
    expect(outcome.errors.map((e) => `${e.line} ${e.field}`)).toEqual(["5 slug", "5 time_zone"]);
    expect(await counts()).toEqual(before);
    expect(await db.mission.findUnique({ where: { slug: "new-one" } })).toBeNull();
  });
});
