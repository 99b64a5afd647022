import type { ViewParams } from "@/lib/view-params";

/** What the post list's links keep: the view's range and every filter the URL gave. */
export function postListKeep(rangeKeep: ViewParams, params: ViewParams): ViewParams {
  return {
    ...rangeKeep,
    mission: params.mission,
    account: params.account,
    theme: params.theme,
    category: params.category,
    with: params.with,
    language: params.language,
    own: params.own,
    since: params.since,
  };
}
