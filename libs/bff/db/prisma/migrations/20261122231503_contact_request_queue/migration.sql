-- AlterTable
ALTER TABLE "contact_requests" ADD COLUMN     "claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "claimed_by_id" UUID,
ADD COLUMN     "deadline_at" TIMESTAMPTZ(3),
ADD COLUMN     "outcome" TEXT;

-- CreateTable
CREATE TABLE "contact_request_events" (
    "id" UUID NOT NULL,
    "contact_request_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "staff_id" UUID,
    "to_staff_id" UUID,
    "note" TEXT,
    "outcome" TEXT,
    "idempotency_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_request_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_request_events_contact_request_id_created_at_idx" ON "contact_request_events"("contact_request_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "contact_request_events_contact_request_id_idempotency_key_key" ON "contact_request_events"("contact_request_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "contact_requests_claimed_by_id_status_idx" ON "contact_requests"("claimed_by_id", "status");

-- AddForeignKey
ALTER TABLE "contact_request_events" ADD CONSTRAINT "contact_request_events_contact_request_id_fkey" FOREIGN KEY ("contact_request_id") REFERENCES "contact_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
