-- CreateEnum
CREATE TYPE "SignOutReason" AS ENUM ('password_changed', 'signed_out_everywhere', 'role_changed');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "signed_out_reason" "SignOutReason";
