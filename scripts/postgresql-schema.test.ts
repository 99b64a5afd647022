import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module without type declarations (it runs before anything is built)
import { postgresqlSchema } from "./postgresql-schema.mjs";

describe("the PostgreSQL schema", () => {
  it("is prisma/schema.prisma with the provider switched, and the committed copy is current", () => {
    const generated = (postgresqlSchema as (s: string) => string)(readFileSync("prisma/schema.prisma", "utf8"));
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).not.toContain('provider = "sqlite"');
    expect(generated).toContain("model Post {");
    expect(readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(generated);
    const check = spawnSync(process.execPath, ["scripts/postgresql-schema.mjs", "--check"], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
  });

  it("refuses a schema without its generator or datasource block", () => {
    expect(() => (postgresqlSchema as (s: string) => string)("model A { id String @id }")).toThrow(/generator client/);
  });

  it("ships a PostgreSQL migration for every SQLite migration, under the same name", () => {
    const list = (dir: string) =>
      spawnSync("ls", [dir], { encoding: "utf8" })
        .stdout.split("\n")
        .filter((n) => /^\d{4}_/.test(n));
    expect(list("prisma/postgresql/migrations")).toEqual(list("prisma/migrations"));
  });
});
