-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN "heartbeatAt" DATETIME;
ALTER TABLE "ImportRun" ADD COLUMN "workerHost" TEXT;
ALTER TABLE "ImportRun" ADD COLUMN "workerPid" INTEGER;
