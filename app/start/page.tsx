import { redirect } from "next/navigation";
import { homePath } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";

/** After sign-in: each role's own home (ambassador → scorecard, leadership → quarterly summaries, HQ → overview). */
export default async function StartPage() {
  const viewer = await requireViewer("/start");
  redirect(homePath(viewer));
}
