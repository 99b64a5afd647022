import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "./auth/permissions";

const viewerState = vi.hoisted(() => ({ current: null as Viewer | null }));

vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("not-found");
  },
}));
// requireViewer's own redirect is tested in lib/auth/role-matrix.integration.test.ts; here, what the page opening hands it.
vi.mock("./auth/viewer", () => ({
  requireViewer: async (callbackPath: string) => {
    if (!viewerState.current) throw new Error(`redirect:/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
    return viewerState.current;
  },
}));
vi.mock("./data/view-range", () => ({ resolveViewRange: async () => ({ ok: false, errors: ["asOf"] }) }));

const { openPage, openRangePage, returnPath } = await import("./page-opening");

const analyst: Viewer = { userId: "u1", role: "analyst", missionId: null, name: "A", email: "a@example.org" };
const ambassador: Viewer = { userId: "u2", role: "ambassador", missionId: "m1", name: "B", email: "b@example.org" };

describe("returnPath", () => {
  it("is the page with its whole query, repeated values included", () => {
    expect(returnPath("/posts", { asOf: "2017-08-15", theme: ["t1", "t2"], none: undefined })).toBe(
      "/posts?asOf=2017-08-15&theme=t1&theme=t2",
    );
    expect(returnPath("/missions/abc", {})).toBe("/missions/abc");
  });

  it("never leaves the site", () => {
    expect(returnPath("//evil.example/x", {})).toBe("/start");
    expect(returnPath("/%2F%2Fevil.example", { a: "1" })).toBe("/start");
  });
});

describe("openPage", () => {
  beforeEach(() => {
    viewerState.current = null;
  });

  it("sends a visitor without a session to sign-in with the way back to the page and its query", async () => {
    await expect(
      openPage({ path: "/themes/t%201", searchParams: Promise.resolve({ asOf: "2017-08-15", period: "30" }) }),
    ).rejects.toThrow(`redirect:/signin?callbackUrl=${encodeURIComponent("/themes/t%201?asOf=2017-08-15&period=30")}`);
    await expect(openPage({ path: "/imports" })).rejects.toThrow(
      `redirect:/signin?callbackUrl=${encodeURIComponent("/imports")}`,
    );
  });

  it("answers not found to a viewer without the page's permission", async () => {
    viewerState.current = ambassador;
    await expect(openPage({ path: "/admin/users", permission: "manage:users" })).rejects.toThrow("not-found");
  });

  it("gives the viewer, the first value of each parameter and the range to keep in links", async () => {
    viewerState.current = analyst;
    const opening = await openPage({
      path: "/posts",
      searchParams: Promise.resolve({ asOf: "2017-08-15", theme: ["t1", "t2"] }),
    });
    expect(opening).toEqual({
      viewer: analyst,
      params: { asOf: "2017-08-15", theme: "t1" },
      keep: { asOf: "2017-08-15", period: undefined },
    });
  });

  it("resolves the view range for range pages", async () => {
    viewerState.current = analyst;
    const opening = await openRangePage({ path: "/", searchParams: Promise.resolve({ asOf: "nope" }) });
    expect(opening.range).toEqual({ ok: false, errors: ["asOf"] });
  });
});
