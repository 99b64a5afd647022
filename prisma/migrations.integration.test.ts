import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@libsql/client";
import { createMigratedTestDatabase, createTemporaryDatabase, type TestDatabase } from "../scripts/test-support/test-database";

/** Tables, columns and indexes of a SQLite file, in a form that can be compared. */
async function describeSchema(url: string) {
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

const databases: TestDatabase[] = [];
afterAll(() => databases.forEach((d) => d.remove()));

describe("migrations", () => {
  it("build exactly the schema that prisma/schema.prisma describes", async () => {
    const migrated = createMigratedTestDatabase();
    const pushed = createTemporaryDatabase();
    databases.push(migrated, pushed);
    // The second file is built straight from the schema, without the migrations.
    const diff = spawnSync(
      path.join(process.cwd(), "node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 },
    );
    expect(diff.status, diff.stderr).toBe(0);
    const direct = createClient({ url: pushed.url });
    await direct.executeMultiple(diff.stdout);
    direct.close();
    const fromMigrations = await describeSchema(migrated.url);
    expect(fromMigrations.tables).toContain("Post");
    expect(fromMigrations.indexes).toContain("Post(accountId,postedAt)");
    expect(fromMigrations).toEqual(await describeSchema(pushed.url));
  });
});
