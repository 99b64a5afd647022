import { redirect } from "next/navigation";
import { homePath } from "@/lib/auth/permissions";
import { openPage } from "@/lib/page-opening";

/** After sign-in: each role's own home (ambassador → scorecard, leadership → quarterly summaries, HQ → overview). */
export default async function StartPage() {
  const { viewer } = await openPage({ path: "/start" });
  redirect(homePath(viewer));
}
