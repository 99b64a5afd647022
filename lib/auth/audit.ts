import type { PrismaClient, Prisma } from "@prisma/client";

export type AuditAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_locked"
  | "sign_out"
  | "user_created"
  | "user_updated"
  | "role_changed"
  | "user_deactivated"
  | "user_reactivated"
  | "password_reset"
  | "import_completed"
  | "account_identity_learned"
  | "import_other_account_confirmed"
  | "account_created"
  | "review_added"
  | "review_action_closed"
  | "directory_import"
  | "theme_rules_changed"
  | "post_tagged"
  | "post_untagged"
  | "engagement_target_changed"
  | "staff_time_recorded"
  | "platform_targets_changed"
  | "stakeholders_labelled"
  | "stakeholder_labels_imported"
  | "mission_working_hours_changed"
  | "mission_holidays_added"
  | "mission_holiday_removed"
  | "metric_settings_changed"
  | "sessions_ended"
  | "fetch_refused"
  | "access_refused"
  | "cross_origin_refused";

export interface AuditInput {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  address?: string | null;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** Appends one audit entry. Details never carry passwords or hashes. */
export async function writeAudit(db: Db, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: JSON.stringify(entry.details ?? {}),
      address: entry.address ?? null,
    },
  });
}
