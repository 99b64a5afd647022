import { describe, expect, it } from "vitest";
import { summaryExportFileName } from "./export-names";

const q3 = { year: 2017, quarter: 3 } as const;

describe("summaryExportFileName", () => {
  it("names the ministry's files by quarter, a mission's by quarter and mission slug", () => {
    expect(summaryExportFileName(q3, "pdf")).toBe("chancery-summary-2017-Q3.pdf");
    expect(summaryExportFileName(q3, "pdf", { mission: "germany" })).toBe("chancery-summary-2017-Q3-germany.pdf");
    expect(summaryExportFileName(q3, "xlsx", { mission: "germany" })).toBe("chancery-summary-2017-Q3-germany.xlsx");
    expect(summaryExportFileName(q3, "csv", { table: "kpis" })).toBe("chancery-summary-2017-Q3-kpis.csv");
    expect(summaryExportFileName(q3, "csv", { table: "kpis", mission: "germany" })).toBe(
      "chancery-summary-2017-Q3-germany-kpis.csv",
    );
  });

  it("keeps a mission part ASCII, whatever the slug holds", () => {
    expect(summaryExportFileName(q3, "pdf", { mission: "Ulaan Baatar/Ерөнхий" })).toBe(
      "chancery-summary-2017-Q3-ulaan-baatar.pdf",
    );
    expect(summaryExportFileName(q3, "pdf", { mission: "Ерөнхий" })).toBe("chancery-summary-2017-Q3-mission.pdf");
  });
});
