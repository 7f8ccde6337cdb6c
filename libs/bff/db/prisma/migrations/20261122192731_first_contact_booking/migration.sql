-- AlterTable
ALTER TABLE "calendar_entries" ADD COLUMN     "booked_at" TIMESTAMPTZ(3),
ADD COLUMN     "reason" TEXT;
