/**
 * The rollup reads (docs/rollups.md): one reader per request, its remember()
 * the one way to keep a read across requests, keys from rollupKeys. Writers
 * import ./write instead (it is free of React and of server-only modules).
 */
export { getRollupReader } from "./request";
export type { AccountPostFigures, RollupReader } from "./reader";
export { fingerprintOf, rollupKeys, type RollupKey } from "./keys";
