// Test helper: a Bluesky repository export (.car) built in memory, as com.atproto.sync.getRepo gives it.
import { CarWriter } from "@ipld/car";
import * as dagCbor from "@ipld/dag-cbor";
import { CID } from "multiformats/cid";
import { sha256 } from "multiformats/hashes/sha2";

async function block(value: unknown) {
  const bytes = dagCbor.encode(value);
  return { cid: CID.createV1(dagCbor.code, await sha256.digest(bytes)), bytes };
}

/** A small repository of the given DID: a one-level record tree over the records ("collection/rkey" → record). */
export async function repoCar(did: string, records: [string, unknown][]): Promise<Uint8Array> {
  const sorted = [...records].sort(([a], [b]) => (a < b ? -1 : 1));
  const recordBlocks = await Promise.all(sorted.map(([, value]) => block(value)));
  let previous = "";
  const entries = sorted.map(([key], i) => {
    let p = 0;
    while (p < previous.length && p < key.length && previous[p] === key[p]) p++;
    previous = key;
    return { p, k: new TextEncoder().encode(key.slice(p)), v: recordBlocks[i]!.cid, t: null };
  });
  const mst = await block({ l: null, e: entries });
  const commit = await block({ did, version: 3, data: mst.cid, rev: "3kx", prev: null, sig: new Uint8Array(64) });
  const { writer, out } = CarWriter.create([commit.cid]);
  const chunks: Uint8Array[] = [];
  const collect = (async () => {
    for await (const chunk of out) chunks.push(chunk);
  })();
  for (const b of [commit, mst, ...recordBlocks]) await writer.put(b);
  await writer.close();
  await collect;
  return new Uint8Array(Buffer.concat(chunks));
}
