/**
 * What lib/ says to a person, as a catalog key and its values. lib/ builds no
 * sentences: the screens (useTranslations), the exports and the command line
 * (lib/message-text.ts) word a message from messages/<locale>/*.json, so the
 * Mongolian interface needs a catalog, not code.
 */
import type catalog from "../messages/en/index";

/** Every dotted path to a sentence of a catalog, e.g. "importProblems.fileEmpty". */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The namespaces lib/ speaks in. */
type LibNamespaces = Pick<typeof catalog, "importProblems"> & {
  imports: Pick<(typeof catalog)["imports"], "refusals">;
  summaries: Pick<(typeof catalog)["summaries"], "quarterLabel" | "quarterInProgressLabel">;
};

export type MessageCode = Leaves<LibNamespaces>;

/** Values for a sentence's placeholders; numbers are formatted by the renderer's locale. */
export type MessageParams = Record<string, string | number | Date>;

export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

/** A sentence's values, some of them messages of their own (a quarter's name in a narrative sentence). */
export type MessageValues = Record<string, string | number | Message>;

/** The values with each message in them worded by `text`, ready for the sentence's translator. */
export function wordValues(values: MessageValues, text: (message: Message) => string): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === "object" ? text(value) : value]),
  );
}

/** A message, without params when it has none (stored reports stay small). */
export function message(code: MessageCode, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}
