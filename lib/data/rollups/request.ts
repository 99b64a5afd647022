import { cache } from "react";
import { createRollupReader, type RollupReader } from "./reader";
import type { RollupDb } from "./state";

/**
 * The request's rollup reader for `db` (docs/rollups.md): React's cache()
 * hands every server component and data function of one request the same
 * reader, so the request reads the rollup state once, reads each period
 * boundary once whichever widget asks first, and shows one state throughout.
 * Outside a request (scripts, tests, route handlers) cache() does not
 * remember, and each call makes a fresh reader, as a request would.
 */
export const getRollupReader: (db: RollupDb) => RollupReader = cache((db: RollupDb) => createRollupReader(db));
