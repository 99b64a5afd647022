// Test helper: a ustar archive built byte by byte, so archive tests need no tar tool.
/** One ustar header block for a regular file (or the given type) of `size` bytes. */
export function tarHeader(name: string, size: number, type = "0", prefix?: string): Uint8Array {
  const enc = new TextEncoder();
  const header = new Uint8Array(512);
  const put = (offset: number, text: string) => header.set(enc.encode(text), offset);
  put(0, name);
  put(100, "0000644\0");
  put(108, "0000000\0");
  put(116, "0000000\0");
  put(124, size.toString(8).padStart(11, "0") + "\0");
  put(136, "00000000000\0");
  put(156, type);
  put(257, "ustar\0");
  put(263, "00");
  if (prefix) put(345, prefix);
  header.fill(32, 148, 156);
  const sum = header.reduce((a, b) => a + b, 0);
  put(148, sum.toString(8).padStart(6, "0") + "\0 ");
  return header;
}

/** A ustar archive built by hand: one 512-byte header per entry, data padded to 512. */
export function tarOf(
  entries: { name: string; data?: string | Uint8Array; type?: string; prefix?: string }[],
): Uint8Array {
  const blocks: Uint8Array[] = [];
  const enc = new TextEncoder();
  for (const entry of entries) {
    const data = typeof entry.data === "string" ? enc.encode(entry.data) : (entry.data ?? new Uint8Array(0));
    blocks.push(
      tarHeader(entry.name, data.byteLength, entry.type ?? "0", entry.prefix),
      data,
      new Uint8Array((512 - (data.byteLength % 512)) % 512),
    );
  }
  blocks.push(new Uint8Array(1024));
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.byteLength, 0));
  let offset = 0;
  for (const block of blocks) {
    out.set(block, offset);
    offset += block.byteLength;
  }
  return out;
}
