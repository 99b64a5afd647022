import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@libsql/client";
import { Client } from "pg";
import {
  createTemporaryDatabase,
  migrateTestDatabase,
  testStore,
  type TestDatabase,
} from "../scripts/test-support/test-database";

/** Tables, columns and indexes of a SQLite file, in a form that can be compared. */
async function describeSqliteSchema(url: string) {
  const client = createClient({ url });
  try {
    const objects = await client.execute(
      "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' AND tbl_name != '_prisma_migrations' ORDER BY type, name",
    );
    const tables = objects.rows.filter((r) => r.type === "table").map((r) => String(r.name));
    const columns: Record<string, string[]> = {};
    for (const table of tables) {
      const info = await client.execute(`PRAGMA table_info("${table}")`);
      columns[table] = info.rows.map((c) => `${c.name}:${c.type}:${c.notnull}:${c.dflt_value}:${c.pk}`);
    }
    const indexes: string[] = [];
    for (const index of objects.rows.filter((r) => r.type === "index")) {
      const info = await client.execute(`PRAGMA index_info("${String(index.name)}")`);
      indexes.push(`${String(index.tbl_name)}(${info.rows.map((c) => c.name).join(",")})`);
    }
    return { tables, columns, indexes: indexes.sort() };
  } finally {
    client.close();
  }
}

/** The same description of a PostgreSQL database, from its catalog. */
async function describePostgresqlSchema(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tableRows = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name",
    );
    const tables = tableRows.rows.map((r) => r.table_name);
    const columns: Record<string, string[]> = {};
    for (const table of tables) {
      const info = await client.query<Record<string, string>>(
        // By name: PostgreSQL appends added columns at the end (ALTER TABLE … ADD COLUMN), where a
        // schema-built table has them in model order; the order carries no meaning to queries.
        "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name",
        [table],
      );
      columns[table] = info.rows.map((c) => `${c.column_name}:${c.data_type}:${c.is_nullable}:${c.column_default}`);
    }
    const indexRows = await client.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname",
    );
    const foreignKeys = await client.query<{ def: string }>(
      "SELECT conrelid::regclass || ':' || pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' ORDER BY 1",
    );
    return {
      tables,
      columns,
      indexes: indexRows.rows.map((r) => r.indexdef.replace(/^CREATE (UNIQUE )?INDEX \S+ /, "$1")).sort(),
      foreignKeys: foreignKeys.rows.map((r) => r.def),
    };
  } finally {
    await client.end();
  }
}

const databases: TestDatabase[] = [];
afterAll(() => databases.forEach((d) => d.remove()));

const store = testStore();
const prismaCli = path.join(process.cwd(), "node_modules", ".bin", "prisma");

/** DDL for an empty store straight from the schema, without the migrations. */
function schemaScript(url: string) {
  const args =
    store === "sqlite"
      ? ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"]
      : [
          "migrate",
          "diff",
          "--config",
          "prisma/postgresql/prisma.config.ts",
          "--from-empty",
          "--to-schema-datamodel",
          "prisma/postgresql/schema.prisma",
          "--script",
        ];
  return spawnSync(prismaCli, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: url },
  });
}

describe(`migrations (${store})`, () => {
  it("build exactly the schema that prisma/schema.prisma describes", async () => {
    const migrated = migrateTestDatabase();
    const pushed = createTemporaryDatabase();
    databases.push(migrated, pushed);
    const diff = schemaScript(pushed.url);
    expect(diff.status, diff.stderr).toBe(0);
    if (store === "sqlite") {
      const direct = createClient({ url: pushed.url });
      await direct.executeMultiple(diff.stdout);
      direct.close();
      const fromMigrations = await describeSqliteSchema(migrated.url);
      expect(fromMigrations.tables).toContain("Post");
      expect(fromMigrations.indexes).toContain("Post(accountId,postedAt)");
      expect(fromMigrations).toEqual(await describeSqliteSchema(pushed.url));
    } else {
      const direct = new Client({ connectionString: pushed.url });
      await direct.connect();
      await direct.query(diff.stdout);
      await direct.end();
      const fromMigrations = await describePostgresqlSchema(migrated.url);
      expect(fromMigrations.tables).toContain("Post");
      expect(fromMigrations.indexes).toContain('ON public."Post" USING btree ("accountId", "postedAt")');
      expect(fromMigrations).toEqual(await describePostgresqlSchema(pushed.url));
    }
  });
});
