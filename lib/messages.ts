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
type LibNamespaces = Pick<typeof catalog, "importProblems"> & { imports: Pick<(typeof catalog)["imports"], "refusals"> };

export type MessageCode = Leaves<LibNamespaces>;

/** Values for a sentence's placeholders; numbers are formatted by the renderer's locale. */
export type MessageParams = Record<string, string | number | Date>;

export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

/** A message, without params when it has none (stored reports stay small). */
export function message(code: MessageCode, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}
