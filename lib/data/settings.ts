import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../auth/audit";
import { can, type Viewer } from "../auth/permissions";
import { mergeMetricSettings, metricSettingsSchema, type MetricSettings } from "../metrics/settings";

export const METRIC_SETTINGS_KEY = "metrics";

/** Metric settings (threshold T, default period, weights...): stored values over the defaults. */
export async function getMetricSettings(db: PrismaClient | Prisma.TransactionClient): Promise<MetricSettings> {
  const row = await db.setting.findUnique({ where: { key: METRIC_SETTINGS_KEY } });
  let stored: unknown;
  try {
    stored = row ? JSON.parse(row.value) : undefined;
  } catch {
    throw new Error(`The stored "${METRIC_SETTINGS_KEY}" setting is not valid JSON`);
  }
  return mergeMetricSettings(stored);
}

/** The settings in effect, for the administrators' settings screen. */
export async function getMetricSettingsForEditing(viewer: Viewer): Promise<MetricSettings> {
  if (!can(viewer, "manage:settings")) throw new AppError("forbidden");
  return getMetricSettings(prisma);
}

/** Each setting as a path ("healthWeights.activity") and its value. */
function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) for (const [path, leaf] of leaves(inner, prefix ? `${prefix}.${key}` : key)) found.set(path, leaf);
  } else {
    found.set(prefix, value);
  }
  return found;
}

/** What changed between two settings, as { "healthWeights.activity": { from: 35, to: 40 } }. */
function changesBetween(before: MetricSettings, after: MetricSettings): Record<string, { from: unknown; to: unknown }> {
  const old = leaves(before);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [path, value] of leaves(after)) if (old.get(path) !== value) changes[path] = { from: old.get(path) ?? null, to: value };
  return changes;
}

/**
 * Stores the metric settings in effect from now on (admins), with an audit
 * entry naming each change, old and new. Nothing remembered needs clearing:
 * every remembered read that follows from the settings keeps them in its key
 * (mission health's fingerprint holds them all, an account's posting record
 * its threshold; docs/rollups.md), so the next read under new settings
 * misses and computes afresh. Returns how many settings changed.
 */
export async function saveMetricSettings(viewer: Viewer, input: MetricSettings): Promise<{ changed: number }> {
  if (!can(viewer, "manage:settings")) throw new AppError("forbidden");
  const settings = metricSettingsSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await getMetricSettings(tx);
    const changes = changesBetween(before, settings);
    const changed = Object.keys(changes).length;
    if (changed === 0) return { changed };
    const value = JSON.stringify(settings);
    await tx.setting.upsert({ where: { key: METRIC_SETTINGS_KEY }, create: { key: METRIC_SETTINGS_KEY, value }, update: { value } });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "metric_settings_changed",
      targetType: "setting",
      targetId: METRIC_SETTINGS_KEY,
      details: changes,
    });
    return { changed };
  });
}
