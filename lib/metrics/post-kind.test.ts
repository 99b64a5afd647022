import { describe, it, expect } from "vitest";
import { classifyPost, normalizeHandle, otherMentions, postKind, type PostShape } from "./post-kind";

const AUTHOR = "MongoliaMFA";

const post = (shape: Omit<PostShape, "authorHandle">): PostShape => ({ authorHandle: AUTHOR, ...shape });

describe("normalizeHandle", () => {
  it("drops a leading @, trims and lower-cases", () => {
    expect(normalizeHandle("@MongoliaMFA")).toBe("mongoliamfa");
    expect(normalizeHandle("  @UN_Geneva ")).toBe("un_geneva");
    expect(normalizeHandle("mongoliamfa")).toBe("mongoliamfa");
  });

  it("only drops one leading @, not inner ones", () => {
    expect(normalizeHandle("user@mastodon.social")).toBe("user@mastodon.social");
  });

  it("normalises whitespace and a bare @ to the empty string", () => {
    expect(normalizeHandle("   ")).toBe("");
    expect(normalizeHandle("@")).toBe("");
  });
});

describe("otherMentions", () => {
  it("returns [] when there are no mentions", () => {
    expect(otherMentions(post({}))).toEqual([]);
    expect(otherMentions(post({ mentions: [] }))).toEqual([]);
  });

  it("drops the author itself, in any case and with or without @", () => {
    expect(otherMentions(post({ mentions: ["@mongoliamfa", "MONGOLIAMFA", "@UN"] }))).toEqual(["un"]);
  });

  it("ignores empty and whitespace-only handles", () => {
    expect(otherMentions(post({ mentions: ["", "   ", "@"] }))).toEqual([]);
  });

  it("de-duplicates mentions that normalise to the same handle", () => {
    expect(otherMentions(post({ mentions: ["@UN", "un", " @un ", "@Japan"] }))).toEqual(["un", "japan"]);
  });
});

describe("classifyPost and postKind", () => {
  it("a reply to another account is engagement", () => {
    const p = post({ replyToHandle: "@UN" });
    expect(classifyPost(p)).toBe("engagement");
    expect(postKind(p)).toBe("reply");
  });

  it("a reply to oneself (thread continuation) is broadcast, matching case-insensitively and with @", () => {
    for (const self of ["MongoliaMFA", "@mongoliamfa", "@MONGOLIAMFA", " mongoliaMFA "]) {
      const p = post({ replyToHandle: self });
      expect(classifyPost(p)).toBe("broadcast");
      expect(postKind(p)).toBe("reply");
    }
  });

  it("a reply to oneself that mentions another account is engagement", () => {
    expect(classifyPost(post({ replyToHandle: "@mongoliamfa", mentions: ["@UN"] }))).toBe("engagement");
  });

  it("a reply to oneself that mentions only itself is broadcast", () => {
    expect(classifyPost(post({ replyToHandle: "@mongoliamfa", mentions: ["@MongoliaMFA"] }))).toBe("broadcast");
  });

  it("a reply to oneself that quotes another account is engagement", () => {
    expect(classifyPost(post({ replyToHandle: "mongoliamfa", quotedHandle: "@UN" }))).toBe("engagement");
  });

  it("a quote of another account's post is engagement", () => {
    const p = post({ quotedHandle: "@UNGeneva" });
    expect(classifyPost(p)).toBe("engagement");
    expect(postKind(p)).toBe("quote");
  });

  it("a quote of one's own post is broadcast", () => {
    const p = post({ quotedHandle: "@mongoliamfa" });
    expect(classifyPost(p)).toBe("broadcast");
    expect(postKind(p)).toBe("quote");
  });

  it("a quote of one's own post that mentions another account is engagement", () => {
    expect(classifyPost(post({ quotedHandle: "MongoliaMFA", mentions: ["@UN"] }))).toBe("engagement");
  });

  it("an original post mentioning another account is engagement (original_with_mention)", () => {
    const p = post({ mentions: ["@UN"] });
    expect(classifyPost(p)).toBe("engagement");
    expect(postKind(p)).toBe("original_with_mention");
  });

  it("an original post mentioning only itself is broadcast (original)", () => {
    const p = post({ mentions: ["@mongoliamfa", "MongoliaMFA"] });
    expect(classifyPost(p)).toBe("broadcast");
    expect(postKind(p)).toBe("original");
  });

  it("an original post without mentions is broadcast (original)", () => {
    const p = post({});
    expect(classifyPost(p)).toBe("broadcast");
    expect(postKind(p)).toBe("original");
  });

  it("an original post with null reply/quote/repost fields is broadcast (original)", () => {
    const p = post({ replyToHandle: null, quotedHandle: null, repostOfHandle: null, mentions: [] });
    expect(classifyPost(p)).toBe("broadcast");
    expect(postKind(p)).toBe("original");
  });

  it("an original whose mentions are only empty/whitespace is broadcast (original)", () => {
    const p = post({ mentions: ["", "  "] });
    expect(classifyPost(p)).toBe("broadcast");
    expect(postKind(p)).toBe("original");
  });

  it("empty or whitespace reply/quote handles do not count as another account", () => {
    expect(classifyPost(post({ replyToHandle: "   " }))).toBe("broadcast");
    expect(classifyPost(post({ quotedHandle: "" }))).toBe("broadcast");
  });

  it("a repost of another account is amplification", () => {
    const p = post({ repostOfHandle: "@UN" });
    expect(classifyPost(p)).toBe("amplification");
    expect(postKind(p)).toBe("repost");
  });

  it("a repost of one's own post is amplification", () => {
    const p = post({ repostOfHandle: "@mongoliamfa" });
    expect(classifyPost(p)).toBe("amplification");
    expect(postKind(p)).toBe("repost");
  });

  it("a repost is amplification even when mentions, reply or quote fields are set", () => {
    const p = post({
      repostOfHandle: "@UN",
      mentions: ["@Japan", "@UN"],
      replyToHandle: "@Japan",
      quotedHandle: "@Korea",
    });
    expect(classifyPost(p)).toBe("amplification");
    expect(postKind(p)).toBe("repost");
  });

  it("quote takes kind precedence over reply", () => {
    expect(postKind(post({ replyToHandle: "@UN", quotedHandle: "@Japan" }))).toBe("quote");
  });
});

describe("targets the export names only by id", () => {
  it("a reply whose target is known only by its platform user id is a reply to another account", () => {
    const p = post({ replyToPlatformUserId: "900000003" });
    expect(postKind(p)).toBe("reply");
    expect(classifyPost(p)).toBe("engagement");
  });

  it("a reply to the author's own platform user id is a self-reply: broadcast unless it mentions another account", () => {
    const p = post({ replyToPlatformUserId: "700000001", authorPlatformUserId: "700000001" });
    expect(postKind(p)).toBe("reply");
    expect(classifyPost(p)).toBe("broadcast");
    expect(classifyPost({ ...p, mentions: ["@UN"] })).toBe("engagement");
  });

  it("a quote whose author is not named (only the quoted post's id is known) is a quote of another account", () => {
    const p = post({ quotedPostId: "1499999999999999903" });
    expect(postKind(p)).toBe("quote");
    expect(classifyPost(p)).toBe("engagement");
  });

  it("a handle, when given, decides; a repost stays amplification", () => {
    expect(classifyPost(post({ replyToHandle: "mongoliamfa", replyToPlatformUserId: null }))).toBe("broadcast");
    expect(classifyPost(post({ repostOfHandle: "UN", replyToPlatformUserId: "1", quotedPostId: "2" }))).toBe(
      "amplification",
    );
  });
});
