-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "workerHost" TEXT,
ADD COLUMN     "workerPid" INTEGER;
