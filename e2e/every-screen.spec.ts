import { readdirSync, statSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoDb } from "./support/demo-db";
import { storageStateFor, type DemoRole } from "./support/users";

/**
 * Every screen of the app, at 1440 and 390 px: no page-level horizontal
 * scroll, no accessibility violation of any impact (axe), and a screenshot of
 * each kept under test-results/. The list is checked against app/**\/page.tsx,
 * so a new screen cannot be left out.
 */

const SURVEY = "asOf=2017-08-15";
const WIDTHS = [1440, 390] as const;

async function idOf(sql: string, args: string[] = []): Promise<string> {
  const result = await demoDb().execute({ sql, args });
  const id = result.rows[0]?.id;
  if (id === undefined) throw new Error(`No row for ${sql} ${args.join(", ")}`);
  return String(id);
}

/** An import run on the demo store: a refused upload writes the run and nothing else. */
async function importRunId(page: Page): Promise<string> {
  const existing = await demoDb().execute("SELECT id FROM ImportRun ORDER BY startedAt LIMIT 1");
  if (existing.rows[0]) return String(existing.rows[0].id);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "chancery-e2e-")), "tweets.js");
  writeFileSync(file, `window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","created_at":"yesterday","full_text":"a"}}]`);
  await page.goto("/imports");
  await page.getByTestId("import-account").selectOption({ label: "x · demo_mn_germany" });
  await page.getByTestId("import-file").setInputFiles(file);
  await page.getByTestId("import-start").click();
  await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "rejected", { timeout: 30_000 });
  return idOf("SELECT id FROM ImportRun ORDER BY startedAt DESC LIMIT 1");
}

/** The route patterns of app/**\/page.tsx ("(overview)" groups dropped), e.g. "/missions/[id]". */
function appRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, entry.startsWith("(") ? segments : [...segments, entry]);
      else if (entry === "page.tsx") routes.push(`/${segments.join("/")}`);
    }
  };
  walk(path.join(process.cwd(), "app"), []);
  return routes.sort();
}

interface Screen {
  route: string;
  role: DemoRole | "signedOut";
  /** The address to open, ids filled in. */
  href: (page: Page) => Promise<string>;
}

const missionOf = (slug: string) => idOf("SELECT id FROM Mission WHERE slug = ?", [slug]);
const fixed = (href: string) => async () => href;

const SCREENS: Screen[] = [
  { route: "/", role: "analyst", href: fixed(`/?${SURVEY}`) },
  {
    route: "/accounts/[id]",
    role: "analyst",
    href: async () =>
      `/accounts/${await idOf("SELECT id FROM Account WHERE handle = ?", ["demo_mn_mfa_en"])}?${SURVEY}`,
  },
  { route: "/admin/audit", role: "admin", href: fixed("/admin/audit") },
  { route: "/admin/settings", role: "admin", href: fixed("/admin/settings") },
  { route: "/admin/users", role: "admin", href: fixed("/admin/users") },
  { route: "/imports", role: "analyst", href: fixed("/imports") },
  { route: "/imports/[id]", role: "analyst", href: async (page) => `/imports/${await importRunId(page)}` },
  { route: "/insights", role: "analyst", href: fixed(`/insights?${SURVEY}`) },
  { route: "/languages", role: "analyst", href: fixed(`/languages?${SURVEY}`) },
  {
    route: "/languages/[missionId]",
    role: "analyst",
    href: async () => `/languages/${await missionOf("singapore")}?${SURVEY}`,
  },
  {
    route: "/missions/[id]",
    role: "ambassadorSingapore",
    href: async () => `/missions/${await missionOf("singapore")}?${SURVEY}`,
  },
  { route: "/network", role: "analyst", href: fixed(`/network?${SURVEY}`) },
  { route: "/people", role: "analyst", href: fixed(`/people?${SURVEY}`) },
  {
    route: "/people/[missionId]",
    role: "analyst",
    href: async () => `/people/${await missionOf("singapore")}?${SURVEY}`,
  },
  { route: "/platforms", role: "analyst", href: fixed(`/platforms?${SURVEY}`) },
  { route: "/posts", role: "analyst", href: fixed(`/posts?${SURVEY}`) },
  { route: "/signin", role: "signedOut", href: fixed("/signin") },
  { route: "/stakeholders", role: "analyst", href: fixed(`/stakeholders?${SURVEY}`) },
  { route: "/start", role: "leadership", href: fixed("/start") },
  { route: "/summaries", role: "leadership", href: fixed(`/summaries?${SURVEY}`) },
  { route: "/summaries/[quarter]", role: "leadership", href: fixed(`/summaries/2017-Q2?${SURVEY}`) },
  {
    route: "/summaries/[quarter]/missions/[id]",
    role: "ambassadorGermany",
    href: async () => `/summaries/2017-Q2/missions/${await missionOf("germany")}?${SURVEY}`,
  },
  { route: "/themes", role: "analyst", href: fixed(`/themes?${SURVEY}`) },
  {
    route: "/themes/[id]",
    role: "analyst",
    href: async () => `/themes/${await idOf("SELECT id FROM Theme ORDER BY isPriority DESC, name LIMIT 1")}?${SURVEY}`,
  },
  { route: "/working-hours", role: "analyst", href: fixed(`/working-hours?${SURVEY}`) },
  {
    route: "/working-hours/[missionId]",
    role: "analyst",
    href: async () => `/working-hours/${await missionOf("singapore")}?${SURVEY}`,
  },
];

test("the list below covers every screen of the app", () => {
  expect(SCREENS.map((s) => s.route).sort()).toEqual(appRoutes());
});

/** The innermost elements that reach past the right edge of the screen, to say what makes a page too wide. */
async function overflowingElements(page: Page, width: number): Promise<string[]> {
  return page.evaluate((edge) => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${(el as HTMLElement).dataset.testid ? `[data-testid=${(el as HTMLElement).dataset.testid}]` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`;
    const past = [...document.querySelectorAll("body *")].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > edge + 1 && !el.closest("[tabindex], .overflow-x-auto");
    });
    return past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map(describe);
  }, width);
}

/** Elements that scroll sideways (content wider than the box) and that the keyboard cannot reach. */
async function unfocusableScrollRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => {
        const overflow = getComputedStyle(el).overflowX;
        return (overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth + 1;
      })
      .filter((el) => el.tabIndex < 0 && !el.querySelector("a, button, input, select, textarea, [tabindex]"))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ""}.${el.className}`,
      ),
  );
}

for (const screen of SCREENS) {
  test.describe(screen.route, () => {
    test.use({
      storageState: screen.role === "signedOut" ? { cookies: [], origins: [] } : storageStateFor(screen.role),
    });

    test(`fits 1440 and 390 px without page-level horizontal scroll, with no axe violation`, async ({
      page,
    }, testInfo) => {
      // Up to two full renders, two axe runs and two full-page screenshots on a 2-core machine.
      test.slow();
      const href = await screen.href(page);
      // Every problem at both widths, then one assertion: a run shows them all, not only the first.
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(href);
        expect(response?.status(), `${href} answers`).toBeLessThan(400);
        await page.waitForLoadState("networkidle");
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width)
          problems.push(
            `${width} px: the page is ${scrollWidth} px wide: ${(await overflowingElements(page, width)).join(" | ")}`,
          );
        for (const region of await unfocusableScrollRegions(page))
          problems.push(`${width} px: the keyboard cannot scroll ${region}`);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) {
          problems.push(
            `${width} px: axe ${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(" | ")}`,
          );
        }
        const name = screen.route.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "overview";
        await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
      }
      expect(problems, screen.route).toEqual([]);
    });
  });
}
