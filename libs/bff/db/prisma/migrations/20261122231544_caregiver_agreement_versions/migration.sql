-- AlterTable
ALTER TABLE "care_agreements" ADD COLUMN     "creation_key" UUID,
ADD COLUMN     "days_off_agreed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "payment_schedule" TEXT NOT NULL DEFAULT 'monthly',
ADD COLUMN     "per_day_fee_cents" INTEGER,
ADD COLUMN     "per_task_fee_cents" INTEGER;

-- CreateTable
CREATE TABLE "care_agreement_versions" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "template_id" UUID,
    "language" TEXT NOT NULL DEFAULT 'fi',
    "cared_person_name" TEXT,
    "fee_class" TEXT,
    "monthly_fee_cents" INTEGER,
    "per_day_fee_cents" INTEGER,
    "per_task_fee_cents" INTEGER,
    "days_off_per_month" INTEGER NOT NULL,
    "days_off_agreed" BOOLEAN NOT NULL DEFAULT false,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "payment_schedule" TEXT NOT NULL DEFAULT 'monthly',
    "frozen_text" TEXT,
    "pdf" BYTEA,
    "pdf_sha256" TEXT,
    "created_by_staff_id" UUID NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "returned_at" TIMESTAMPTZ(3),
    "return_comment" TEXT,
    "carer_signed_at" TIMESTAMPTZ(3),
    "carer_signer_name" TEXT,
    "countersigned_at" TIMESTAMPTZ(3),
    "countersigned_by_staff_id" UUID,
    "countersigned_by_name" TEXT,

    CONSTRAINT "care_agreement_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "care_agreement_templates" (
    "id" UUID NOT NULL,
    "creation_key" UUID,
    "type" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "updated_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "care_agreement_templates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "care_agreement_versions_status_idx" ON "care_agreement_versions"("status");

-- CreateIndex
CREATE UNIQUE INDEX "care_agreement_versions_agreement_id_version_key" ON "care_agreement_versions"("agreement_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "care_agreement_templates_creation_key_key" ON "care_agreement_templates"("creation_key");

-- CreateIndex
CREATE INDEX "care_agreement_templates_type_archived_idx" ON "care_agreement_templates"("type", "archived");

-- CreateIndex
CREATE UNIQUE INDEX "care_agreements_creation_key_key" ON "care_agreements"("creation_key");

-- AddForeignKey
ALTER TABLE "care_agreement_versions" ADD CONSTRAINT "care_agreement_versions_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "care_agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_agreement_versions" ADD CONSTRAINT "care_agreement_versions_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "care_agreement_templates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
