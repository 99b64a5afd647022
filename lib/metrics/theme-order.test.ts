import { describe, expect, it } from "vitest";
import { orderThemesCurrentFirst } from "./theme-order";

const theme = (id: string, isPriority: boolean, activeFrom: string | null, activeTo: string | null) => ({
  id,
  isPriority,
  activeFrom: activeFrom ? new Date(`${activeFrom}T00:00:00Z`) : null,
  activeTo: activeTo ? new Date(`${activeTo}T00:00:00Z`) : null,
});

const period = { start: new Date("2017-07-01T00:00:00Z"), endExclusive: new Date("2017-08-16T00:00:00Z") };

describe("orderThemesCurrentFirst", () => {
  it("puts a theme whose window ended before the period after every current theme, keeping the given order otherwise", () => {
    const themes = [
      theme("asem-2016", true, "2016-01-01", "2016-07-31"),
      theme("climate", true, null, null),
      theme("trade", false, null, null),
      theme("expo-2018", false, "2018-01-01", null),
    ];
    expect(orderThemesCurrentFirst(themes, period).map((t) => t.id)).toEqual([
      "climate",
      "trade",
      "expo-2018",
      "asem-2016",
    ]);
  });

  it("keeps a theme whose window overlaps the period among the current ones", () => {
    const themes = [theme("summer", true, "2017-06-01", "2017-07-15"), theme("always", false, null, null)];
    expect(orderThemesCurrentFirst(themes, period).map((t) => t.id)).toEqual(["summer", "always"]);
  });
});
