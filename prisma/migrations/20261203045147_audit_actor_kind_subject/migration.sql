-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorKind" TEXT,
ADD COLUMN     "subject" TEXT;

