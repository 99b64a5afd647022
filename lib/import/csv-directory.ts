/**
 * The directory: missions, their accounts and the accounts' follower counts
 * over time, from CSV files (templates in csv-templates.ts). Each file is
 * checked whole against the store before anything is written, then written
 * in one transaction: rows whose key exists are updated, the others created.
 */
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { writeAudit } from "../auth/audit";
import { parseIsoDay } from "../metrics/dates";
import { normalizeHandle } from "../metrics/post-kind";
import { declaredUseSchema, missionKindSchema, ownerTypeSchema, platformSchema } from "../validations/domain";
import { webUrlSchema } from "../validations/web-url";
import { handleProblem } from "../validations/account-handle";
import { message } from "../messages";
import { issueMessage } from "./issues";
import { parseCsv, rowProblem, type CsvRow } from "./csv";
import { parseRfc3339 } from "./csv-posts";
import { CSV_TEMPLATES } from "./csv-templates";
import { ImportRejectedError } from "./import-posts";
import { writeWithRollups } from "../data/rollups/write";
import type { ImportProblem } from "./types";

export type DirectoryKind = "missions" | "accounts" | "snapshots";

export interface DirectoryImportReport {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const languageList = z
  .string()
  .transform((value) => value.split(/[\s,;]+/).filter(Boolean))
  .refine(
    (codes) => codes.every((code) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)),
    "importProblems.record.languageCodes",
  )
  .transform((codes) => codes.join(","));
const yesNo = z
  .string()
  .transform((value) => value.toLowerCase())
  .refine((value) => ["", "true", "false", "yes", "no", "1", "0"].includes(value), "importProblems.record.yesNo")
  .transform((value) => ["true", "yes", "1"].includes(value));
const day = z
  .string()
  .refine((value) => value === "" || parseIsoDay(value) !== null, "importProblems.record.isoDay")
  .transform((value) => (value === "" ? null : parseIsoDay(value)!));
const optionalText = (max: number) =>
  z
    .string()
    .max(max, "importProblems.record.tooLong")
    .transform((value) => (value === "" ? null : value));
const optionalCount = z
  .string()
  .refine((value) => value === "" || /^\d{1,12}$/.test(value), "importProblems.record.wholeNumber")
  .transform((value) => (value === "" ? null : Number(value)));

const missionRowSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "importProblems.record.slug")
    .max(80),
  name: z.string().min(1, "importProblems.record.required").max(200),
  kind: missionKindSchema,
  country_code: z
    .string()
    .transform((value) => value.toUpperCase())
    .refine((value) => value === "" || /^[A-Z]{2}$/.test(value), "importProblems.record.countryCode")
    .transform((value) => (value === "" ? null : value)),
  country: z.string().min(1, "importProblems.record.required").max(100),
  city: optionalText(100),
  region: optionalText(100),
  time_zone: z.string().min(1, "importProblems.record.required").refine(isTimeZone, "importProblems.record.timeZone"),
  host_languages: languageList,
});

const accountRowSchema = z
  .object({
    mission_slug: z.string().min(1, "importProblems.record.required"),
    platform: platformSchema,
    handle: z
      .string()
      .min(1, "importProblems.record.required")
      .max(200)
      .regex(/^\S+$/, "importProblems.record.hasSpaces"),
    url: z
      .union([z.literal(""), webUrlSchema("importProblems.record.webAddress")])
      .transform((v) => (v === "" ? null : v)),
    display_name: optionalText(200),
    owner_type: z.union([z.literal("").transform(() => "institutional" as const), ownerTypeSchema]),
    declared_use: z.union([z.literal("").transform(() => "mixed" as const), declaredUseSchema]),
    main_language: z
      .string()
      .refine(
        (value) => value === "" || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
        "importProblems.record.languageCodeShort",
      )
      .transform((v) => (v === "" ? null : v)),
    is_private: yesNo,
    opened_on: day,
    closed_on: day,
  })
  .superRefine((value, context) => {
    if (handleProblem(value.platform, value.handle) === "needsHost")
      context.addIssue({ code: "custom", path: ["handle"], message: "importProblems.record.mastodonHost" });
  });

const snapshotRowSchema = z.object({
  platform: platformSchema,
  handle: z.string().min(1, "importProblems.record.required"),
  taken_on: z
    .string()
    .refine((value) => parseIsoDay(value) !== null || parseRfc3339(value) !== null, "importProblems.record.isoDay")
    .transform((value) => parseIsoDay(value) ?? parseRfc3339(value)!),
  followers: optionalCount,
  following: optionalCount,
  total_posts: optionalCount,
});

const SCHEMAS = { missions: missionRowSchema, accounts: accountRowSchema, snapshots: snapshotRowSchema } as const;

type RowsOf<K extends DirectoryKind> = { row: CsvRow; data: z.infer<(typeof SCHEMAS)[K]> }[];

/** Every row checked against its column rules; all problems, or all rows. */
export function parseDirectoryCsv<K extends DirectoryKind>(
  kind: K,
  content: string,
): { ok: true; rows: RowsOf<K> } | { ok: false; errors: ImportProblem[] } {
  const parsed = parseCsv(content, CSV_TEMPLATES[kind]);
  if (!parsed.ok) return parsed;
  const schema = SCHEMAS[kind] as unknown as z.ZodType<z.infer<(typeof SCHEMAS)[K]>>;
  const errors: ImportProblem[] = [];
  const rows: RowsOf<K> = [];
  const keys = new Map<string, number>();
  for (const row of parsed.rows) {
    const values = Object.fromEntries(CSV_TEMPLATES[kind].map((c) => [c.name, row.values[c.name] ?? ""]));
    const result = schema.safeParse(values);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push(rowProblem(row, String(issue.path[0] ?? ""), issueMessage(issue)));
      continue;
    }
    const data = result.data as Record<string, unknown>;
    const key =
      kind === "missions"
        ? String(data.slug)
        : kind === "accounts"
          ? `${String(data.platform)} ${normalizeHandle(String(data.handle))}`
          : `${String(data.platform)} ${normalizeHandle(String(data.handle))} ${(data.taken_on as Date).toISOString()}`;
    const earlier = keys.get(key);
    if (earlier != null)
      errors.push(
        rowProblem(
          row,
          kind === "missions" ? "slug" : "handle",
          message("importProblems.record.repeatsLine", { line: earlier }),
        ),
      );
    else keys.set(key, row.line);
    rows.push({ row, data: result.data });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function sameValues(stored: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  return Object.entries(incoming).every(([key, value]) => {
    const current = stored[key];
    if (value instanceof Date || current instanceof Date)
      return (current as Date | null)?.getTime() === (value as Date | null)?.getTime();
    return current === value;
  });
}

/** Validates the whole file against the store, then writes it in one transaction; throws ImportRejectedError with every problem otherwise. */
export async function importDirectoryCsv(
  db: PrismaClient,
  kind: DirectoryKind,
  content: string,
  actorId: string | null,
  source?: string,
): Promise<DirectoryImportReport> {
  const parsed = parseDirectoryCsv(kind, content);
  if (!parsed.ok) throw new ImportRejectedError(parsed.errors);
  const report: DirectoryImportReport = { read: parsed.rows.length, created: 0, updated: 0, unchanged: 0 };

  await writeWithRollups(
    db,
    async (tx, written) => {
      if (kind === "missions") {
        const rows = parsed.rows as RowsOf<"missions">;
        const existing = new Map(
          (await tx.mission.findMany({ where: { slug: { in: rows.map((r) => r.data.slug) } } })).map((m) => [
            m.slug,
            m,
          ]),
        );
        for (const { data } of rows) {
          const values = {
            name: data.name,
            kind: data.kind,
            countryCode: data.country_code,
            country: data.country,
            city: data.city,
            region: data.region,
            timeZone: data.time_zone,
            hostLanguages: data.host_languages,
          };
          const stored = existing.get(data.slug);
          if (!stored) {
            await tx.mission.create({ data: { slug: data.slug, ...values } });
            report.created += 1;
          } else if (sameValues(stored, values)) report.unchanged += 1;
          else {
            await tx.mission.update({ where: { id: stored.id }, data: values });
            report.updated += 1;
          }
        }
      } else if (kind === "accounts") {
        const rows = parsed.rows as RowsOf<"accounts">;
        const missions = new Map(
          (await tx.mission.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]),
        );
        const problems = rows
          .filter(({ data }) => !missions.has(data.mission_slug))
          .map(({ row, data }) =>
            rowProblem(
              row,
              "mission_slug",
              message("importProblems.record.unknownMission", { slug: data.mission_slug }),
            ),
          );
        if (problems.length > 0) throw new ImportRejectedError(problems);
        const accounts = await tx.account.findMany();
        const byKey = new Map(accounts.map((a) => [`${a.platform} ${normalizeHandle(a.handle)}`, a]));
        // Theme rollups are kept per mission over its institutional accounts (lib/data/rollups).
        const missionsToRecount = new Set<string>();
        for (const { data } of rows) {
          const values = {
            missionId: missions.get(data.mission_slug)!,
            url: data.url,
            displayName: data.display_name,
            ownerType: data.owner_type,
            declaredUse: data.declared_use,
            mainLanguage: data.main_language,
            isPrivate: data.is_private,
            openedAt: data.opened_on,
            closedAt: data.closed_on,
          };
          const stored = byKey.get(`${data.platform} ${normalizeHandle(data.handle)}`);
          if (!stored) {
            await tx.account.create({
              data: { platform: data.platform, handle: data.handle.replace(/^@/, ""), ...values },
            });
            report.created += 1;
          } else if (sameValues(stored, values)) report.unchanged += 1;
          else {
            await tx.account.update({ where: { id: stored.id }, data: values });
            if (stored.missionId !== values.missionId || stored.ownerType !== values.ownerType)
              missionsToRecount.add(stored.missionId).add(values.missionId);
            report.updated += 1;
          }
        }
        written.accountsMoved(missionsToRecount);
      } else {
        const rows = parsed.rows as RowsOf<"snapshots">;
        const accounts = await tx.account.findMany({ select: { id: true, platform: true, handle: true } });
        const byKey = new Map(accounts.map((a) => [`${a.platform} ${normalizeHandle(a.handle)}`, a.id]));
        const problems = rows
          .filter(({ data }) => !byKey.has(`${data.platform} ${normalizeHandle(data.handle)}`))
          .map(({ row, data }) =>
            rowProblem(
              row,
              "handle",
              message("importProblems.record.unknownAccount", { platform: data.platform, handle: data.handle }),
            ),
          );
        if (problems.length > 0) throw new ImportRejectedError(problems);
        for (const { data } of rows) {
          const accountId = byKey.get(`${data.platform} ${normalizeHandle(data.handle)}`)!;
          const values = { followers: data.followers, following: data.following, totalPosts: data.total_posts };
          const stored = await tx.accountSnapshot.findUnique({
            where: { accountId_takenAt: { accountId, takenAt: data.taken_on } },
          });
          if (!stored) {
            await tx.accountSnapshot.create({
              data: { accountId, takenAt: data.taken_on, source: "import", ...values },
            });
            report.created += 1;
          } else if (sameValues(stored, values)) report.unchanged += 1;
          else {
            await tx.accountSnapshot.update({ where: { id: stored.id }, data: values });
            report.updated += 1;
          }
        }
      }
      await writeAudit(tx, {
        actorId,
        action: "directory_import",
        targetType: kind,
        details: { source: source ?? null, ...report },
      });
    },
    { timeout: 5 * 60_000, maxWait: 30_000 },
  );
  return report;
}
