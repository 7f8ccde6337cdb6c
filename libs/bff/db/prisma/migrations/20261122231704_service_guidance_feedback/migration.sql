-- CreateTable
CREATE TABLE "guidance_sets" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "created_by_staff_id" UUID NOT NULL,
    "client_person_id" UUID,
    "language" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "guidance_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guidance_set_items" (
    "set_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "guidance_set_items_pkey" PRIMARY KEY ("set_id","service_id")
);

-- CreateTable
CREATE TABLE "guidance_handovers" (
    "id" UUID NOT NULL,
    "set_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "handed_over_by_staff_id" UUID NOT NULL,
    "handed_over_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "guidance_handovers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_referrals" (
    "id" UUID NOT NULL,
    "handover_id" UUID NOT NULL,
    "referred_at" TIMESTAMPTZ(3) NOT NULL,
    "from_unit_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "provider_type" TEXT NOT NULL,
    "channel" TEXT NOT NULL,

    CONSTRAINT "service_referrals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_feedback" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "sender_type" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'new',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handled_at" TIMESTAMPTZ(3),
    "handled_by_staff_id" UUID,
    "handler_note" TEXT,

    CONSTRAINT "service_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "guidance_sets_unit_id_created_at_idx" ON "guidance_sets"("unit_id", "created_at");

-- CreateIndex
CREATE INDEX "guidance_sets_client_person_id_idx" ON "guidance_sets"("client_person_id");

-- CreateIndex
CREATE UNIQUE INDEX "guidance_handovers_idempotency_key_key" ON "guidance_handovers"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "guidance_handovers_token_key" ON "guidance_handovers"("token");

-- CreateIndex
CREATE INDEX "guidance_handovers_set_id_idx" ON "guidance_handovers"("set_id");

-- CreateIndex
CREATE INDEX "service_referrals_referred_at_idx" ON "service_referrals"("referred_at");

-- CreateIndex
CREATE UNIQUE INDEX "service_referrals_handover_id_service_id_key" ON "service_referrals"("handover_id", "service_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_feedback_dedupe_key_key" ON "service_feedback"("dedupe_key");

-- CreateIndex
CREATE INDEX "service_feedback_state_created_at_idx" ON "service_feedback"("state", "created_at");

-- CreateIndex
CREATE INDEX "service_feedback_service_id_idx" ON "service_feedback"("service_id");

-- AddForeignKey
ALTER TABLE "guidance_set_items" ADD CONSTRAINT "guidance_set_items_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "guidance_sets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guidance_handovers" ADD CONSTRAINT "guidance_handovers_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "guidance_sets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
