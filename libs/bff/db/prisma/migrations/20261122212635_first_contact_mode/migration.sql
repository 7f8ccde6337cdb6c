-- AlterTable
ALTER TABLE "calendar_entries" ADD COLUMN     "contact_mode" TEXT;

-- AlterTable
ALTER TABLE "calendar_series" ADD COLUMN     "contact_mode" TEXT;
