import { describe, expect, it } from "vitest";
import { formatProblem, problemLine, problemText, wordedProblem } from "./problem-text";

describe("import problems in words", () => {
  it("words a code and its values from messages/en, and shows a stored sentence as it is", () => {
    const coded = {
      index: 2,
      line: 4,
      field: "category",
      code: "importProblems.labels.unknownCategory" as const,
      params: { value: "gossip" },
    };
    expect(problemText(coded)).toBe(
      'Unknown category "gossip". Expected one of: foreign_ministry, foreign_diplomat, host_government, media, international_organisation, civil_society, diaspora, other.',
    );
    expect(problemText({ index: null, field: null, message: "An old run's own sentence." })).toBe(
      "An old run's own sentence.",
    );
    expect(wordedProblem(coded)).toEqual({ index: 2, line: 4, field: "category", message: problemText(coded) });
  });

  it("names the place as the command line and the label form list it", () => {
    expect(
      formatProblem({ index: 3, file: "data/tweets.js", field: "created_at", code: "importProblems.record.xDate" }),
    ).toBe('data/tweets.js record[3] created_at: expected a date like "Wed Aug 09 10:05:00 +0000 2017"');
    expect(formatProblem({ index: null, field: null, code: "importProblems.fileEmpty" })).toBe(
      "file: The file is empty.",
    );
    expect(problemLine({ index: 0, line: 3, field: "handle", code: "importProblems.labels.handleMissing" })).toBe(
      "Line 3 (handle): The handle is missing.",
    );
    expect(problemLine({ index: 0, line: 3, field: null, code: "importProblems.labels.handleMissing" })).toBe(
      "Line 3: The handle is missing.",
    );
    expect(problemLine({ index: null, field: null, code: "importProblems.csv.noRows" })).toBe(
      "The file has a header row but no data rows.",
    );
  });
});
