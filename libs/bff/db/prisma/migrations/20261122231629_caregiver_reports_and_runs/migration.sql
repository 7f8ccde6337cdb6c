-- CreateTable
CREATE TABLE "care_reports" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "days_off" JSONB NOT NULL DEFAULT '[]',
    "interruptions" JSONB NOT NULL DEFAULT '[]',
    "expenses" JSONB NOT NULL DEFAULT '[]',
    "last_idempotency_key" TEXT,
    "entered_by_staff_id" UUID,
    "entered_by_name" TEXT,
    "entered_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "reviewed_by_staff_id" UUID,
    "reviewed_by_name" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "return_comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "care_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "care_adjustments" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "carer_id" UUID NOT NULL,
    "service_area_id" UUID NOT NULL,
    "pay_type" TEXT NOT NULL,
    "corrects_month" TEXT NOT NULL,
    "paid_in_month" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "days" INTEGER,
    "reason" TEXT NOT NULL,
    "created_by_staff_id" UUID NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotency_key" TEXT NOT NULL,

    CONSTRAINT "care_adjustments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "care_monthly_runs" (
    "id" UUID NOT NULL,
    "service_area_id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'computed',
    "computed_at" TIMESTAMPTZ(3) NOT NULL,
    "computed_by_name" TEXT NOT NULL,
    "exported_at" TIMESTAMPTZ(3),
    "exported_by_name" TEXT,
    "payroll" JSONB NOT NULL,
    "total_cents" INTEGER NOT NULL,
    "payees" INTEGER NOT NULL,
    "waiting_count" INTEGER NOT NULL,

    CONSTRAINT "care_monthly_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "care_statements" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "carer_id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "total_cents" INTEGER NOT NULL,

    CONSTRAINT "care_statements_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "care_reports_month_status_idx" ON "care_reports"("month", "status");

-- CreateIndex
CREATE UNIQUE INDEX "care_reports_agreement_id_month_key" ON "care_reports"("agreement_id", "month");

-- CreateIndex
CREATE UNIQUE INDEX "care_adjustments_idempotency_key_key" ON "care_adjustments"("idempotency_key");

-- CreateIndex
CREATE INDEX "care_adjustments_service_area_id_paid_in_month_idx" ON "care_adjustments"("service_area_id", "paid_in_month");

-- CreateIndex
CREATE INDEX "care_adjustments_agreement_id_idx" ON "care_adjustments"("agreement_id");

-- CreateIndex
CREATE UNIQUE INDEX "care_monthly_runs_service_area_id_month_key" ON "care_monthly_runs"("service_area_id", "month");

-- CreateIndex
CREATE INDEX "care_statements_carer_id_month_idx" ON "care_statements"("carer_id", "month");

-- CreateIndex
CREATE UNIQUE INDEX "care_statements_run_id_carer_id_key" ON "care_statements"("run_id", "carer_id");

-- AddForeignKey
ALTER TABLE "care_reports" ADD CONSTRAINT "care_reports_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "care_agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_statements" ADD CONSTRAINT "care_statements_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "care_monthly_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
