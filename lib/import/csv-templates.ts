/**
 * The CSV files Chancery reads, column by column, with a downloadable
 * template for each. Column descriptions for people are in the message
 * catalog (importTemplates.<kind>.<column>); the examples below import cleanly
 * (tested), so a template filled in the same way works.
 */
import type { CsvColumn } from "./csv";

export const CSV_KINDS = ["missions", "accounts", "snapshots", "posts"] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export interface CsvTemplateColumn extends CsvColumn {
  examples: [string, string];
}

const column = (name: string, required: boolean, examples: [string, string]): CsvTemplateColumn => ({
  name,
  required,
  examples,
});

export const CSV_TEMPLATES: Record<CsvKind, readonly CsvTemplateColumn[]> = {
  missions: [
    column("slug", true, ["germany", "consulate-frankfurt"]),
    column("name", true, ["Embassy in Berlin", "Consulate General in Frankfurt"]),
    column("kind", true, ["embassy", "consulate"]),
    column("country_code", false, ["DE", "DE"]),
    column("country", true, ["Germany", "Germany"]),
    column("city", false, ["Berlin", "Frankfurt am Main"]),
    column("region", false, ["Europe", "Europe"]),
    column("time_zone", true, ["Europe/Berlin", "Europe/Berlin"]),
    column("host_languages", false, ["de", "de en"]),
  ],
  accounts: [
    column("mission_slug", true, ["germany", "germany"]),
    column("platform", true, ["x", "facebook"]),
    column("handle", true, ["MongolEmbassyDE", "mongolianembassy.berlin"]),
    column("url", false, ["https://x.com/MongolEmbassyDE", "https://www.facebook.com/mongolianembassy.berlin"]),
    column("display_name", false, ["Mongolian Embassy in Germany", "Botschaft der Mongolei"]),
    column("owner_type", false, ["institutional", "institutional"]),
    column("declared_use", false, ["engagement", "broadcast"]),
    column("main_language", false, ["de", "mn"]),
    column("is_private", false, ["no", "no"]),
    column("opened_on", false, ["2012-03-01", "2014-09-15"]),
    column("closed_on", false, ["", ""]),
  ],
  snapshots: [
    column("platform", true, ["x", "facebook"]),
    column("handle", true, ["MongolEmbassyDE", "mongolianembassy.berlin"]),
    column("taken_on", true, ["2017-08-15", "2017-08-15"]),
    column("followers", false, ["1520", "4310"]),
    column("following", false, ["210", ""]),
    column("total_posts", false, ["2230", ""]),
  ],
  posts: [
    column("platform_id", true, ["post-2017-0001", "post-2017-0002"]),
    column("posted_at", true, ["2017-08-09T10:05:00+02:00", "2017-08-10T16:30:00Z"]),
    column("text", false, [
      'Ambassador met the Minister of State, "a productive talk"',
      "Thank you @AuswaertigesAmt for the welcome!",
    ]),
    column("language", false, ["en", ""]),
    column("reply_to_handle", false, ["", "AuswaertigesAmt"]),
    column("quoted_handle", false, ["", ""]),
    column("repost_of_handle", false, ["", ""]),
    column("mentions", false, ["", "@AuswaertigesAmt"]),
    column("like_count", false, ["12", "3"]),
    column("reply_count", false, ["1", ""]),
    column("repost_count", false, ["4", "0"]),
    column("url", false, ["https://example.org/posts/1", ""]),
  ],
};

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A header row and two example rows, as a file to download and fill in. */
export function templateCsv(kind: CsvKind): string {
  const columns = CSV_TEMPLATES[kind];
  const lines = [columns.map((c) => c.name), columns.map((c) => c.examples[0]), columns.map((c) => c.examples[1])];
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Which directory or posts file a CSV is, from its header row; null when no template matches. */
export function csvKindOfHeader(headerLine: string): CsvKind | null {
  const names = new Set(
    headerLine
      .replace(/^\uFEFF/, "")
      .split(headerLine.includes(",") || !headerLine.includes(";") ? "," : ";")
      .map((name) => name.trim().replace(/^"|"$/g, "").toLowerCase()),
  );
  if (names.has("platform_id") && names.has("posted_at")) return "posts";
  if (names.has("taken_on")) return "snapshots";
  if (names.has("mission_slug")) return "accounts";
  if (names.has("slug") && names.has("time_zone")) return "missions";
  return null;
}
