-- CreateTable
CREATE TABLE "symptom_check_runs" (
    "id" UUID NOT NULL,
    "questionnaire_id" TEXT NOT NULL,
    "municipality_code" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    "urgency" TEXT,
    "contact_offered" BOOLEAN,

    CONSTRAINT "symptom_check_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "symptom_check_runs_started_at_idx" ON "symptom_check_runs"("started_at");
