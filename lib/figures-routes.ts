/**
 * Routes whose screens show no computed figures: the "computed as of the date
 * shown" footer would promise a date that is not there (administration,
 * sign-in, the import screens, the start page).
 */
const ROUTES_WITHOUT_FIGURES = ["/admin", "/signin", "/imports", "/start"] as const;

/** Whether the screen at this pathname shows figures computed as of a date. */
export function showsFigures(pathname: string): boolean {
  return !ROUTES_WITHOUT_FIGURES.some((route) => pathname === route || pathname.startsWith(`${route}/`));
}
