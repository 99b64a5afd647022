import "server-only";
import { cache } from "react";
import { getDashboard } from "@/lib/data/dashboard";

/**
 * The overview's dashboard, computed once per request however many widgets
 * ask: React's cache matches the same viewer, period and settings objects,
 * which the page hands every widget.
 */
export const loadDashboard = cache(getDashboard);
