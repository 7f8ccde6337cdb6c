-- CreateTable
CREATE TABLE "calendar_entry_types" (
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "client_work" BOOLEAN NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "calendar_entry_types_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "calendar_entries" (
    "id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "type_code" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "client_id" UUID,
    "title" TEXT,
    "bookable" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "care_agreements" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "carer_id" UUID NOT NULL,
    "cared_person_name" TEXT,
    "service_area_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "fee_class" TEXT,
    "monthly_fee_cents" INTEGER,
    "days_off_per_month" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "care_agreements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "life_stage" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "help_requests" (
    "id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "contact_method" TEXT NOT NULL,
    "municipality_code" TEXT,
    "person_id" UUID,
    "reply_code" TEXT,
    "status" TEXT NOT NULL DEFAULT 'new',
    "unit_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "help_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_areas" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,

    CONSTRAINT "service_areas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "municipalities" (
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "service_area_id" UUID NOT NULL,

    CONSTRAINT "municipalities_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "units" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "type" TEXT NOT NULL,
    "service_area_id" UUID NOT NULL,

    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "persons" (
    "id" UUID NOT NULL,
    "oidc_subject" TEXT,
    "personal_identity_code" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "municipality_code" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'fi',
    "email" TEXT,
    "phone" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guardianships" (
    "guardian_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,

    CONSTRAINT "guardianships_pkey" PRIMARY KEY ("guardian_id","child_id")
);

-- CreateTable
CREATE TABLE "staff_members" (
    "id" UUID NOT NULL,
    "oidc_subject" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "roles" TEXT[],
    "email" TEXT,

    CONSTRAINT "staff_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_units" (
    "staff_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,

    CONSTRAINT "staff_units_pkey" PRIMARY KEY ("staff_id","unit_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_indicator_values" (
    "id" UUID NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "service_area_id" UUID,
    "municipality_code" TEXT,
    "value" INTEGER NOT NULL,

    CONSTRAINT "daily_indicator_values_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL,
    "name" JSONB NOT NULL,
    "provider_type" TEXT NOT NULL,
    "business_code" TEXT,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "services" (
    "id" UUID NOT NULL,
    "name" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "organization_id" UUID NOT NULL,
    "municipality_codes" TEXT[],
    "target_groups" TEXT[],
    "service_classes" TEXT[],
    "life_events" TEXT[],
    "charge_type" TEXT,
    "source_modified_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaires" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "estimated_minutes" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "questionnaires_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_requests" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "questionnaire_id" TEXT NOT NULL,
    "urgency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "unit_id" UUID NOT NULL,
    "summary" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handled_at" TIMESTAMPTZ(3),
    "handled_by_id" UUID,

    CONSTRAINT "contact_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "calendar_entries_staff_id_starts_at_idx" ON "calendar_entries"("staff_id", "starts_at");

-- CreateIndex
CREATE INDEX "calendar_entries_unit_id_starts_at_idx" ON "calendar_entries"("unit_id", "starts_at");

-- CreateIndex
CREATE INDEX "calendar_entries_client_id_idx" ON "calendar_entries"("client_id");

-- CreateIndex
CREATE INDEX "care_agreements_carer_id_idx" ON "care_agreements"("carer_id");

-- CreateIndex
CREATE INDEX "care_agreements_unit_id_status_idx" ON "care_agreements"("unit_id", "status");

-- CreateIndex
CREATE INDEX "care_agreements_service_area_id_status_idx" ON "care_agreements"("service_area_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "articles_slug_key" ON "articles"("slug");

-- CreateIndex
CREATE INDEX "articles_life_stage_topic_idx" ON "articles"("life_stage", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "help_requests_reply_code_key" ON "help_requests"("reply_code");

-- CreateIndex
CREATE INDEX "help_requests_unit_id_status_due_at_idx" ON "help_requests"("unit_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "help_requests_person_id_idx" ON "help_requests"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_areas_code_key" ON "service_areas"("code");

-- CreateIndex
CREATE INDEX "municipalities_service_area_id_idx" ON "municipalities"("service_area_id");

-- CreateIndex
CREATE UNIQUE INDEX "units_code_key" ON "units"("code");

-- CreateIndex
CREATE INDEX "units_service_area_id_type_idx" ON "units"("service_area_id", "type");

-- CreateIndex
CREATE UNIQUE INDEX "persons_oidc_subject_key" ON "persons"("oidc_subject");

-- CreateIndex
CREATE UNIQUE INDEX "persons_personal_identity_code_key" ON "persons"("personal_identity_code");

-- CreateIndex
CREATE INDEX "persons_municipality_code_idx" ON "persons"("municipality_code");

-- CreateIndex
CREATE INDEX "persons_last_name_first_name_idx" ON "persons"("last_name", "first_name");

-- CreateIndex
CREATE INDEX "guardianships_child_id_idx" ON "guardianships"("child_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_members_oidc_subject_key" ON "staff_members"("oidc_subject");

-- CreateIndex
CREATE INDEX "staff_members_last_name_first_name_idx" ON "staff_members"("last_name", "first_name");

-- CreateIndex
CREATE INDEX "staff_units_unit_id_idx" ON "staff_units"("unit_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE INDEX "sessions_area_subject_idx" ON "sessions"("area", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "daily_indicator_values_key" ON "daily_indicator_values"("indicator_id", "day", "service_area_id", "municipality_code");

-- CreateIndex
CREATE INDEX "services_organization_id_idx" ON "services"("organization_id");

-- CreateIndex
CREATE INDEX "services_municipality_codes_idx" ON "services" USING GIN ("municipality_codes");

-- CreateIndex
CREATE INDEX "services_target_groups_idx" ON "services" USING GIN ("target_groups");

-- CreateIndex
CREATE INDEX "services_life_events_idx" ON "services" USING GIN ("life_events");

-- CreateIndex
CREATE INDEX "contact_requests_unit_id_status_created_at_idx" ON "contact_requests"("unit_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "contact_requests_person_id_idx" ON "contact_requests"("person_id");

-- CreateIndex
CREATE INDEX "contact_requests_handled_by_id_idx" ON "contact_requests"("handled_by_id");

-- AddForeignKey
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_type_code_fkey" FOREIGN KEY ("type_code") REFERENCES "calendar_entry_types"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_agreements" ADD CONSTRAINT "care_agreements_carer_id_fkey" FOREIGN KEY ("carer_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_agreements" ADD CONSTRAINT "care_agreements_service_area_id_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_areas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_agreements" ADD CONSTRAINT "care_agreements_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_service_area_id_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_areas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_service_area_id_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_areas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_guardian_id_fkey" FOREIGN KEY ("guardian_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_units" ADD CONSTRAINT "staff_units_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_units" ADD CONSTRAINT "staff_units_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_indicator_values" ADD CONSTRAINT "daily_indicator_values_service_area_id_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_indicator_values" ADD CONSTRAINT "daily_indicator_values_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_questionnaire_id_fkey" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaires"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_handled_by_id_fkey" FOREIGN KEY ("handled_by_id") REFERENCES "staff_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
