import { z } from "zod";

/**
 * The one test of a link Chancery stores (a post's or an account's address):
 * http or https with a host, nothing else. The screens render stored links as
 * anchors, and a javascript:, data:, vbscript: or file: address there would
 * run script in Chancery's origin or open something local when clicked.
 */
export function webUrlOrNull(value: string | null | undefined): string | null {
  const text = value?.trim();
  // The scheme is read from the text as written: the URL parser would first drop tabs and newlines inside it.
  if (!text || !/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? text : null;
  } catch {
    return null;
  }
}

/** For forms and CSV files, where a person can correct the link: a web address or a refusal with `error`. */
export function webUrlSchema(error: string) {
  return z
    .string()
    .trim()
    .refine((value) => webUrlOrNull(value) !== null, { error });
}
