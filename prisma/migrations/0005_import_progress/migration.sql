-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "target" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "accountId" TEXT,
    "actorId" TEXT,
    "via" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "fileBytes" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "read" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "skippedReasons" TEXT NOT NULL DEFAULT '{}',
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "errors" TEXT NOT NULL DEFAULT '[]',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "progressPhase" TEXT,
    "progressRead" INTEGER NOT NULL DEFAULT 0,
    "progressWritten" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "progressAt" DATETIME,
    CONSTRAINT "ImportRun_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ImportRun_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ImportRun" ("accountId", "actorId", "created", "errorCount", "errors", "fileBytes", "fileHash", "fileName", "finishedAt", "format", "id", "read", "skipped", "skippedReasons", "startedAt", "status", "target", "unchanged", "updated", "via") SELECT "accountId", "actorId", "created", "errorCount", "errors", "fileBytes", "fileHash", "fileName", "finishedAt", "format", "id", "read", "skipped", "skippedReasons", "startedAt", "status", "target", "unchanged", "updated", "via" FROM "ImportRun";
DROP TABLE "ImportRun";
ALTER TABLE "new_ImportRun" RENAME TO "ImportRun";
CREATE INDEX "ImportRun_startedAt_idx" ON "ImportRun"("startedAt");
CREATE INDEX "ImportRun_accountId_startedAt_idx" ON "ImportRun"("accountId", "startedAt");
CREATE INDEX "ImportRun_fileHash_idx" ON "ImportRun"("fileHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

