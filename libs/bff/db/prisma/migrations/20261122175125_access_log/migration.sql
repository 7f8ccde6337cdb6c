-- CreateTable
CREATE TABLE "access_log_entries" (
    "id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_staff_id" UUID NOT NULL,
    "actor_name" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "actor_unit_id" UUID,
    "client_person_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "object_type" TEXT NOT NULL,
    "object_id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,

    CONSTRAINT "access_log_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "access_log_entries_client_person_id_occurred_at_idx" ON "access_log_entries"("client_person_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "access_log_entries_actor_staff_id_occurred_at_idx" ON "access_log_entries"("actor_staff_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "access_log_entries_occurred_at_idx" ON "access_log_entries"("occurred_at" DESC);
