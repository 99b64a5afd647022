// Test and bench helper: archive bombs written to disk as they are compressed
// (node's zlib, level 9 with run-length matching, which packs zeros as tightly
// as the default strategy, about 1,000 to 1, several times faster), so building
// a 1 GB bomb never holds 1 GB and takes about a second. Entries are zeros
// unless given text.
import { writeFile } from "node:fs/promises";
import { constants, createDeflateRaw, createGzip, crc32 } from "node:zlib";
import { tarHeader } from "./tar";

export interface BombEntry {
  name: string;
  /** Bytes of zeros the entry unpacks to. */
  zeros?: number;
  /** Or the entry's own text. */
  data?: string;
}

const ZEROS = new Uint8Array(4 * 1024 * 1024);

function* pieces(entry: BombEntry): Generator<Uint8Array> {
  if (entry.data !== undefined) {
    yield new TextEncoder().encode(entry.data);
    return;
  }
  for (let left = entry.zeros ?? 0; left > 0; left -= ZEROS.byteLength)
    yield ZEROS.subarray(0, Math.min(left, ZEROS.byteLength));
}

/** Everything `input` yields, through a zlib stream, collected. */
async function compress(stream: ReturnType<typeof createGzip>, input: Iterable<Uint8Array>): Promise<Buffer> {
  const out: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  for (const piece of input) {
    if (!stream.write(piece)) await new Promise((resolve) => stream.once("drain", resolve));
  }
  stream.end();
  await done;
  return Buffer.concat(out);
}

/** A zip of deflated entries with their sizes in the local headers (three 290 MB entries of zeros come to under 1 MB). */
export async function writeZipBomb(path: string, entries: BombEntry[]): Promise<void> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    let crc = 0;
    let size = 0;
    const data = await compress(
      createDeflateRaw({ level: 9, strategy: constants.Z_RLE }),
      (function* () {
        for (const piece of pieces(entry)) {
          crc = crc32(piece, crc);
          size += piece.byteLength;
          yield piece;
        }
      })(),
    );
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.byteLength, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.byteLength, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(dir, name);
    offset += local.byteLength + name.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(path, Buffer.concat([...parts, directory, end]));
}

/** A tar.gz of ustar entries. */
export async function writeTarGzBomb(path: string, entries: BombEntry[]): Promise<void> {
  const blocks = function* () {
    for (const entry of entries) {
      let size = 0;
      for (const piece of pieces(entry)) size += piece.byteLength;
      yield tarHeader(entry.name, size);
      yield* pieces(entry);
      yield new Uint8Array((512 - (size % 512)) % 512);
    }
    yield new Uint8Array(1024);
  };
  await writeFile(path, await compress(createGzip({ level: 9, strategy: constants.Z_RLE }), blocks()));
}
