import { Prisma } from "@prisma/client";

/**
 * Whose presence mission and ministry figures are about. Status counts, posts,
 * engagement share, themes, health, series, working hours, stakeholders, the
 * network, the platform mix, staff-time ratios and the post lists behind them
 * count a mission's institutional accounts only; an ambassador's personal
 * (individual) account is kept apart and shown on the People & institutions
 * screen and on its own account page. Every such query takes its condition
 * from here, so the rule is written once.
 */
export const INSTITUTIONAL_OWNER = "institutional";
export const INDIVIDUAL_OWNER = "individual";

/** Prisma condition on Account: the mission's institutional accounts. */
export const institutionalAccountWhere = { ownerType: INSTITUTIONAL_OWNER } satisfies Prisma.AccountWhereInput;

/** Raw-SQL condition on an Account table (or alias): the mission's institutional accounts. */
export function institutionalAccountSql(table = "Account"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`"${table}"."ownerType"`)} = ${INSTITUTIONAL_OWNER}`;
}
