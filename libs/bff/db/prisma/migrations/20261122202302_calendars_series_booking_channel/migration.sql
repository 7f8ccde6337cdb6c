-- AlterTable
ALTER TABLE "calendar_entries" ADD COLUMN     "booked_by_id" UUID,
ADD COLUMN     "booking_channel" TEXT,
ADD COLUMN     "detached" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "series_id" UUID,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "persons" ALTER COLUMN "personal_identity_code" DROP NOT NULL;

-- CreateTable
CREATE TABLE "calendar_series" (
    "id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "type_code" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "exdates" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "first_start_local" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "title" TEXT,
    "bookable" BOOLEAN NOT NULL DEFAULT false,
    "client_id" UUID,
    "materialised_until" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_series_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "calendar_series_staff_id_idx" ON "calendar_series"("staff_id");

-- CreateIndex
CREATE INDEX "calendar_entries_series_id_idx" ON "calendar_entries"("series_id");

-- AddForeignKey
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_booked_by_id_fkey" FOREIGN KEY ("booked_by_id") REFERENCES "staff_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "calendar_series"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_series" ADD CONSTRAINT "calendar_series_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_series" ADD CONSTRAINT "calendar_series_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_series" ADD CONSTRAINT "calendar_series_type_code_fkey" FOREIGN KEY ("type_code") REFERENCES "calendar_entry_types"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_series" ADD CONSTRAINT "calendar_series_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;
