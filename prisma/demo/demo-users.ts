/**
 * One demo user per role, with passwords published in README.md. They exist
 * for the demo only: a production start refuses to run while any is active.
 */
export interface DemoUser {
  email: string;
  name: string;
  password: string;
  role: "admin" | "analyst" | "ambassador" | "leadership";
  /** Survey mission slug, for ambassadors. */
  missionSlug?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@chancery.demo", name: "Demo Administrator", password: "demo-admin-2017", role: "admin" },
  { email: "analyst@chancery.demo", name: "Demo Analyst", password: "demo-analyst-2017", role: "analyst" },
  {
    email: "leadership@chancery.demo",
    name: "Demo State Secretary",
    password: "demo-leadership-2017",
    role: "leadership",
  },
  // Germany's account is dormant as of the survey; Singapore's is the most active.
  {
    email: "ambassador.germany@chancery.demo",
    name: "Demo Ambassador to Germany",
    password: "demo-germany-2017",
    role: "ambassador",
    missionSlug: "germany",
  },
  {
    email: "ambassador.singapore@chancery.demo",
    name: "Demo Ambassador to Singapore",
    password: "demo-singapore-2017",
    role: "ambassador",
    missionSlug: "singapore",
  },
];
