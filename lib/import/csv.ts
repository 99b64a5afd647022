/**
 * CSV files as spreadsheets save them: UTF-8 with or without a byte-order
 * mark, comma- or semicolon-separated (Excel in many locales uses ";"), a
 * header row naming the columns. Every problem names its line and column.
 */
import { parse } from "csv-parse/sync";
import { message, type Message } from "../messages";
import type { ImportProblem } from "./types";

export const CSV_MAX_BYTES = 20 * 1024 * 1024;
export const CSV_MAX_ROWS = 200_000;

export interface CsvColumn {
  name: string;
  required: boolean;
}

export interface CsvRow {
  /** 0-based position among the data rows. */
  index: number;
  /** 1-based line the row starts on. */
  line: number;
  values: Record<string, string>;
}

export type CsvParseResult = { ok: true; rows: CsvRow[] } | { ok: false; errors: ImportProblem[] };

function fileProblem(message: Message): ImportProblem {
  return { index: null, field: null, ...message };
}

/** ";" when the header line has semicolons and no comma, "," otherwise. */
function delimiterOf(text: string): "," | ";" {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/** The rows of a CSV file whose columns are known; unknown, missing or repeated columns and ragged rows are problems. */
export function parseCsv(
  content: string,
  columns: readonly CsvColumn[],
  options: { maxBytes?: number; maxRows?: number } = {},
): CsvParseResult {
  const maxBytes = options.maxBytes ?? CSV_MAX_BYTES;
  const maxRows = options.maxRows ?? CSV_MAX_ROWS;
  if (Buffer.byteLength(content, "utf8") > maxBytes)
    return {
      ok: false,
      errors: [fileProblem(message("importProblems.csv.tooLarge", { megabytes: Math.round(maxBytes / 1024 / 1024) }))],
    };
  const text = content.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, errors: [fileProblem(message("importProblems.csv.empty"))] };

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as unknown as typeof records;
  } catch (error) {
    const details = error as { message?: string; lines?: number };
    const detail = (details.message ?? "unreadable CSV").replace(/^(Invalid|Quote)[^:]*:\s*/i, "");
    return {
      ok: false,
      errors: [
        {
          index: null,
          line: details.lines ?? null,
          field: null,
          ...message("importProblems.csv.unreadable", { detail }),
        },
      ],
    };
  }

  const errors: ImportProblem[] = [];
  const [headerRecord, ...dataRecords] = records;
  const header = (headerRecord?.record ?? []).map((name) => name.trim().toLowerCase());
  const known = new Map(columns.map((column) => [column.name, column]));
  const seen = new Set<string>();
  header.forEach((name) => {
    if (name === "") errors.push({ index: null, line: 1, field: null, ...message("importProblems.csv.unnamedColumn") });
    else if (seen.has(name))
      errors.push({ index: null, line: 1, field: name, ...message("importProblems.csv.duplicateColumn") });
    else if (!known.has(name))
      errors.push({
        index: null,
        line: 1,
        field: name,
        ...message("importProblems.csv.unknownColumn", { expected: columns.map((c) => c.name).join(", ") }),
      });
    seen.add(name);
  });
  const missing = columns.filter((column) => column.required && !seen.has(column.name)).map((column) => column.name);
  if (missing.length > 0)
    errors.push({
      index: null,
      line: 1,
      field: null,
      ...message("importProblems.csv.missingColumns", { count: missing.length, columns: missing.join(", ") }),
    });
  if (errors.length > 0) return { ok: false, errors };

  const rows: CsvRow[] = [];
  let previousEnd = headerRecord!.info.lines;
  for (const { record, info } of dataRecords) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    // A blank line (one empty field) is not a row.
    if (record.length === 1 && record[0]!.trim() === "") continue;
    if (rows.length >= maxRows) {
      errors.push({ index: null, line, field: null, ...message("importProblems.csv.tooManyRows", { max: maxRows }) });
      break;
    }
    if (record.length !== header.length) {
      errors.push({
        index: rows.length,
        line,
        field: null,
        ...message("importProblems.csv.raggedRow", { expected: header.length, found: record.length }),
      });
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = (record[i] ?? "").trim()));
    rows.push({ index: rows.length, line, values });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [fileProblem(message("importProblems.csv.noRows"))] };
  return { ok: true, rows };
}

/** A zod-style check result turned into a problem on a row's column. */
export function rowProblem(row: CsvRow, field: string, message: Message): ImportProblem {
  return { index: row.index, line: row.line, field, ...message };
}
