import { AppError } from "../errors";

/**
 * An upload's body, read whole into memory for the import (archives are read
 * from memory, never from disk), and refused as soon as it grows past the
 * limit: a missing or false Content-Length is not trusted.
 *
 * Each chunk is copied into place as it arrives, into one buffer of the
 * declared size (browsers declare it for a file), so an upload is held once;
 * gathering the chunks and then copying them held it twice. A body without a
 * Content-Length, or longer than declared, grows the buffer by doubling.
 * A body past the limit is refused with AppError "too_large" (413).
 */

/** The first buffer when no size is declared. */
const INITIAL_BYTES = 1024 * 1024;

export async function readUploadBody(
  body: ReadableStream<Uint8Array> | null,
  declared: number,
  limit: number,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const expected = Number.isSafeInteger(declared) && declared > 0 ? Math.min(declared, limit) : INITIAL_BYTES;
  let buffer = new Uint8Array(expected);
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      await reader.cancel();
      throw new AppError("too_large", { params: { limitBytes: limit } });
    }
    if (size + value.byteLength > buffer.byteLength) {
      // Pages of a new buffer are resident only once written, so doubling costs what is copied.
      const grown = new Uint8Array(Math.min(limit, Math.max(size + value.byteLength, buffer.byteLength * 2)));
      grown.set(buffer.subarray(0, size));
      buffer = grown;
    }
    buffer.set(value, size);
    size += value.byteLength;
  }
  return size === buffer.byteLength ? buffer : buffer.subarray(0, size);
}
