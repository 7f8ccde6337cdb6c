-- AlterTable
ALTER TABLE "contact_requests" ADD COLUMN     "assessment_id" UUID,
ADD COLUMN     "consent_given_at" TIMESTAMPTZ(3),
ADD COLUMN     "contact_email" TEXT,
ADD COLUMN     "contact_phone" TEXT,
ADD COLUMN     "replied_at" TIMESTAMPTZ(3),
ADD COLUMN     "reply" TEXT;

-- CreateTable
CREATE TABLE "symptom_assessments" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "acting_for_person_id" UUID,
    "questionnaire_id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "result" JSONB,
    "language" TEXT NOT NULL,
    "municipality_code" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "symptom_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "symptom_assessments_person_id_updated_at_idx" ON "symptom_assessments"("person_id", "updated_at");

-- CreateIndex
CREATE INDEX "symptom_assessments_acting_for_person_id_idx" ON "symptom_assessments"("acting_for_person_id");

-- CreateIndex
CREATE UNIQUE INDEX "contact_requests_assessment_id_key" ON "contact_requests"("assessment_id");

-- AddForeignKey
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "symptom_assessments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "symptom_assessments" ADD CONSTRAINT "symptom_assessments_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "symptom_assessments" ADD CONSTRAINT "symptom_assessments_acting_for_person_id_fkey" FOREIGN KEY ("acting_for_person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "symptom_assessments" ADD CONSTRAINT "symptom_assessments_questionnaire_id_fkey" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaires"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
