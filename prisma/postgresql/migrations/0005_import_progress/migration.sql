-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "progressAt" TIMESTAMP(3),
ADD COLUMN     "progressPhase" TEXT,
ADD COLUMN     "progressRead" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "progressTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "progressWritten" INTEGER NOT NULL DEFAULT 0;

