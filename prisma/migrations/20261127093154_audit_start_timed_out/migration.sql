-- AlterEnum
ALTER TYPE "AuditEventType" ADD VALUE 'start_timed_out';
