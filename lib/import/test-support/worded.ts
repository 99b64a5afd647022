/**
 * Import problems with their English sentence (messages/en) in place of
 * their code and values, anywhere in a result: tests assert the words a
 * person reads.
 */
import { wordedProblem } from "../problem-text";
import type { ImportProblem, StoredImportProblem } from "../types";

type WordedProblem<T> = Omit<T, "code" | "params"> & { message: string };

export type Worded<T> = T extends ImportProblem
  ? WordedProblem<T>
  : T extends Date | Uint8Array | ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>
    ? T
    : T extends readonly (infer U)[]
      ? Worded<U>[]
      : T extends object
        ? { [K in keyof T]: Worded<T[K]> }
        : T;

const isProblem = (value: object): value is StoredImportProblem =>
  "code" in value && typeof value.code === "string" && "field" in value;

export function worded<T>(value: T): Worded<T> {
  if (Array.isArray(value)) return value.map(worded) as Worded<T>;
  // Only plain objects are rebuilt: a Map of archive entries, a Date or bytes stay as they are.
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype)
    return value as Worded<T>;
  if (isProblem(value)) return wordedProblem(value) as Worded<T>;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, worded(inner)])) as Worded<T>;
}
