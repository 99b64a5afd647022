import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { summaryTables, toCsv } from "./csv";
import { englishTranslate, sampleSummary } from "./fixtures/sample-summary";

/**
 * The downloaded CSV opened in a real spreadsheet program (LibreOffice Calc,
 * installed by scripts/ensure-test-tools.sh): what the program shows after
 * loading, saved back as CSV, must be the text Chancery wrote, not a result.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "chancery-calc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file as LibreOffice computes it on opening (comma-separated, UTF-8), re-exported as CSV. */
function openInCalc(name: string, content: string): string {
  const file = path.join(dir, `${name}.csv`);
  writeFileSync(file, content);
  const out = path.join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--infilter=CSV:44,34,76,1",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 90_000 },
  );
  return readFileSync(path.join(out, `${name}.csv`), "utf8");
}

describe("summary CSV in a spreadsheet program", () => {
  const table = summaryTables(sampleSummary({ statusChanges: 12 }), englishTranslate)["status-changes"];

  it("shows the formula-looking mission names and handles as text, while the same cells unguarded run", () => {
    const guarded = openInCalc("guarded", toCsv(table.rows, table.header));
    expect(guarded).toContain(`'=HYPERLINK(""http://evil.example"",""click"")`);
    expect(guarded).toContain("'@SUM(A1)");
    expect(guarded).not.toMatch(/(^|,)"?click"?(,|$)/m);

    // The control: the same rows written without neutralisation, which Calc evaluates.
    const quote = (value: unknown) => `"${String(value ?? "").replaceAll('"', '""')}"`;
    const unguarded = [table.header, ...table.rows].map((row) => row.map(quote).join(",")).join("\r\n");
    expect(openInCalc("unguarded", unguarded)).toMatch(/(^|,)"?click"?(,|$)/m);
  }, 180_000);
});
