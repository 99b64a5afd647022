import fc from "fast-check";
import { gzipSync, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { archiveKindOf, findEntry, readArchiveEntries, unsafeEntryName } from "./archive";
import { parseMastodonExport } from "./mastodon";
import { tarOf } from "./test-support/tar";
import { parseXArchiveZip } from "./x-archive";
import { worded } from "./test-support/worded";

const all = () => true;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("archives", () => {
  it("recognises zip, tar.gz and tar by their bytes, then by name", () => {
    expect(archiveKindOf("x.bin", zipSync({ a: strToU8("x") }))).toBe("zip");
    expect(archiveKindOf("x.bin", gzipSync(strToU8("x")))).toBe("tar.gz");
    expect(archiveKindOf("x.bin", tarOf([{ name: "a", data: "x" }]))).toBe("tar");
    expect(archiveKindOf("export.tgz", new Uint8Array(4))).toBe("tar.gz");
    expect(archiveKindOf("notes.txt", strToU8("hello"))).toBeNull();
  });

  it("reads the wanted entries of a zip, a tar.gz and a tar, and lists all names", () => {
    const files = { "export/outbox.json": "{}", "export/actor.json": '{"a":1}', "export/media/x.png": "png" };
    const zip = worded(
      readArchiveEntries(
        zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))),
        "zip",
        (n) => n.endsWith(".json"),
      ),
    );
    const tarEntries = Object.entries(files).map(([name, data]) => ({ name, data }));
    const tgz = worded(readArchiveEntries(gzipSync(tarOf(tarEntries)), "tar.gz", (n) => n.endsWith(".json")));
    const tar = worded(readArchiveEntries(tarOf(tarEntries), "tar", (n) => n.endsWith(".json")));
    for (const result of [zip, tgz, tar]) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.names.sort()).toEqual(Object.keys(files).sort());
      expect([...result.entries.keys()].sort()).toEqual(["export/actor.json", "export/outbox.json"]);
      expect(text(result.entries.get("export/actor.json"))).toBe('{"a":1}');
    }
  });

  it("joins a ustar prefix and a PAX long name", () => {
    const long = `${"d".repeat(120)}/outbox.json`;
    const pax = `${String(long.length + 12).padStart(2, "0")} path=${long}\n`;
    const result = worded(
      readArchiveEntries(
        tarOf([
          { name: "outbox.json", prefix: "export" },
          { name: "PaxHeader", type: "x", data: pax },
          { name: "short", data: "{}" },
        ]),
        "tar",
        all,
      ),
    );
    expect(result.ok && result.names).toEqual(["export/outbox.json", long]);
  });

  it.each(["../evil.json", "/etc/passwd", "a/../../b.json", "C:/x.json", "a\\b.json"])(
    "refuses the entry name %s",
    (name) => {
      expect(unsafeEntryName(name)).not.toBeNull();
      const zip = worded(readArchiveEntries(zipSync({ [name]: strToU8("x") }), "zip", all));
      expect(zip.ok).toBe(false);
      if (!zip.ok)
        expect(zip.errors[0]).toMatchObject({ file: name, message: expect.stringMatching(/^This entry is refused/) });
      const tar = worded(readArchiveEntries(tarOf([{ name, data: "x" }]), "tar", all));
      expect(!tar.ok && tar.errors[0]?.file).toBe(name);
    },
  );

  it("refuses links and special files in a tar", () => {
    const result = worded(readArchiveEntries(tarOf([{ name: "outbox.json", type: "2" }]), "tar", all));
    expect(!result.ok && result.errors[0]?.message).toMatch(/link or a special file/);
  });

  it("stops a zip bomb by the bytes really decompressed", () => {
    const zeros = new Uint8Array(50 * 1024 * 1024);
    const bomb = zipSync({ "outbox.json": zeros }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(200_000);
    // The limit on the bytes inflated alone, without the ratio check that would stop it sooner.
    const limits = { maxEntries: 10, maxTotalBytes: 10 * 1024 * 1024, maxEntryBytes: 100 * 1024 * 1024, maxRatio: 1e9 };
    const result = worded(readArchiveEntries(bomb, "zip", all, limits));
    expect(!result.ok && result.errors[0]?.message).toMatch(/unpacks to more than 10 MB/);
    const gz = worded(
      readArchiveEntries(gzipSync(tarOf([{ name: "outbox.json", data: zeros }]), { level: 9 }), "tar.gz", all, limits),
    );
    expect(!gz.ok && gz.errors[0]?.message).toMatch(/unpacks to more than 10 MB/);
  });

  it("limits the number of entries and the size of one entry", () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, strToU8("x")])));
    const limits = { maxEntries: 20, maxTotalBytes: 1e9, maxEntryBytes: 4 };
    expect(worded(readArchiveEntries(many, "zip", () => false, limits))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/more than 20 entries/) }],
    });
    expect(worded(readArchiveEntries(zipSync({ "a.txt": strToU8("12345") }), "zip", all, limits))).toMatchObject({
      ok: false,
      errors: [{ file: "a.txt" }],
    });
  });

  it("reports damaged and cut archives instead of throwing", () => {
    const zip = zipSync({ "outbox.json": strToU8("{}".repeat(5000)) });
    const gz = gzipSync(tarOf([{ name: "outbox.json", data: "{}".repeat(5000) }]));
    for (const [bytes, kind] of [
      [zip.subarray(0, 40), "zip"],
      [gz.subarray(0, gz.byteLength / 2), "tar.gz"],
      [strToU8("definitely not an archive at all, just text"), "tar"],
      [strToU8("PK\u0003\u0004 garbage"), "zip"],
    ] as const) {
      const result = worded(readArchiveEntries(bytes, kind, all));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toBeTruthy();
    }
  });

  it("never throws on random bytes (fast-check)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom("zip", "tar.gz", "tar"), (bytes, kind) => {
        const result = worded(readArchiveEntries(bytes, kind as "zip" | "tar.gz" | "tar", all));
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("finds an entry at the root or inside one top folder only", () => {
    expect(findEntry(["a/outbox.json"], "outbox.json")).toBe("a/outbox.json");
    expect(findEntry(["outbox.json"], "outbox.json")).toBe("outbox.json");
    expect(findEntry(["a/b/outbox.json"], "outbox.json")).toBeNull();
    expect(findEntry(["twitter-1/data/tweets.js"], "data/tweets.js")).toBe("twitter-1/data/tweets.js");
  });

  // Issue 22, item 7: the names were checked only of the entries a parser wanted, so a
  // hostile name next to a valid data/tweets.js went through.
  describe("an unsafe name anywhere in the archive", () => {
    const tweets =
      'window.YTD.tweets.part0 = [ { "tweet": { "id_str": "1", "created_at": "Wed Aug 09 10:05:00 +0000 2017", "full_text": "Hello" } } ]';
    const onlyTweets = (name: string) => name === "data/tweets.js";
    const CASES = [
      ["../evil", /climbs out of the folder it is unpacked into/],
      ["media/../../evil.sh", /climbs out of the folder it is unpacked into/],
      ["/tmp/evil", /absolute path .*so unpacking it would write outside the folder it is unpacked into/],
      ["C:/Windows/evil.dll", /absolute path .*so unpacking it would write outside the folder it is unpacked into/],
    ] as const;

    it.each(CASES)(
      "refuses a zip, a tar and a tar.gz holding %s next to a valid data/tweets.js, saying why",
      (name, why) => {
        const zip = worded(
          readArchiveEntries(
            zipSync({ "data/tweets.js": strToU8(tweets), [name]: strToU8("#!/bin/sh") }),
            "zip",
            onlyTweets,
          ),
        );
        const entries = [
          { name: "data/tweets.js", data: tweets },
          { name, data: "#!/bin/sh" },
        ];
        const tar = worded(readArchiveEntries(tarOf(entries), "tar", onlyTweets));
        const tgz = worded(readArchiveEntries(gzipSync(tarOf(entries)), "tar.gz", onlyTweets));
        for (const result of [zip, tar, tgz]) {
          expect(result.ok).toBe(false);
          if (result.ok) continue;
          expect(result.errors).toEqual([
            { index: null, field: null, file: name, message: expect.stringMatching(/^This entry is refused: /) },
          ]);
          expect(result.errors[0]!.message).toMatch(why);
        }
      },
    );

    it("refuses it whatever the order of the entries, and says what to do", () => {
      const zip = worded(
        readArchiveEntries(
          zipSync({ "/etc/cron.d/evil": strToU8("x"), "data/tweets.js": strToU8(tweets) }),
          "zip",
          onlyTweets,
        ),
      );
      expect(!zip.ok && zip.errors[0]?.message).toMatch(/download the export again and upload it unchanged/i);
    });

    it("refuses it through the X archive and the Mastodon export parsers, not only in the reader", () => {
      expect(worded(parseXArchiveZip(zipSync({ "data/tweets.js": strToU8(tweets) })))).toMatchObject({ ok: true });
      expect(
        worded(parseXArchiveZip(zipSync({ "data/tweets.js": strToU8(tweets), "../evil": strToU8("x") }))),
      ).toMatchObject({ ok: false, errors: [{ file: "../evil" }] });
      const outbox = JSON.stringify({ type: "OrderedCollection", orderedItems: [] });
      const export_ = (extra: string) =>
        gzipSync(
          tarOf([
            { name: "outbox.json", data: outbox },
            { name: extra, data: "x" },
          ]),
        );
      expect(worded(parseMastodonExport(export_("media_attachments/files/a.png"), "archive.tar.gz"))).toMatchObject({
        ok: true,
      });
      expect(worded(parseMastodonExport(export_("/home/evil/.bashrc"), "archive.tar.gz"))).toMatchObject({
        ok: false,
        errors: [{ file: "/home/evil/.bashrc" }],
      });
    });
  });

  // Issue 22, item 12: a limit passed inside fflate's callback came back to it as damage:
  // "This entry is damaged: This entry unpacks to more than 300 MB".
  it("says once what is wrong with an entry that unpacks too far, and what to do", () => {
    const bomb = zipSync({ "outbox.json": new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    const result = worded(
      readArchiveEntries(bomb, "zip", all, {
        maxEntries: 10,
        maxTotalBytes: 1e9,
        maxEntryBytes: 5 * 1024 * 1024,
        maxRatio: 1e9,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const { message, file } = result.errors[0]!;
    expect(file).toBe("outbox.json");
    expect(message).not.toMatch(/damaged/);
    expect(message.match(/unpacks to more than/g)).toHaveLength(1);
    expect(message).toMatch(/^This entry unpacks to more than 5 MB, .+\. [A-Z].+\.$/);
  });
});
