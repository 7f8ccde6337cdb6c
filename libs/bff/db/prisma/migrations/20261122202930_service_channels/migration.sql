-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "municipality_code" TEXT,
ADD COLUMN     "source_modified_at" TIMESTAMPTZ(3),
ADD COLUMN     "source_type" TEXT;

-- AlterTable
ALTER TABLE "services" ADD COLUMN     "area_type" TEXT NOT NULL DEFAULT 'LimitedType',
ADD COLUMN     "description" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "ontology_terms" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "service_languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "user_instruction" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "service_channels" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" JSONB NOT NULL,
    "summary" JSONB NOT NULL DEFAULT '{}',
    "description" JSONB NOT NULL DEFAULT '{}',
    "area_type" TEXT NOT NULL DEFAULT 'LimitedType',
    "municipality_codes" TEXT[],
    "service_languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "address" JSONB,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "phones" JSONB NOT NULL DEFAULT '[]',
    "emails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "web_pages" JSONB NOT NULL DEFAULT '[]',
    "opening_hours" JSONB NOT NULL DEFAULT '[]',
    "accessibility" JSONB NOT NULL DEFAULT '[]',
    "source_modified_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_channel_links" (
    "service_id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,

    CONSTRAINT "service_channel_links_pkey" PRIMARY KEY ("service_id","channel_id")
);

-- CreateTable
CREATE TABLE "service_classifications" (
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "uri" TEXT,
    "parent_uri" TEXT,

    CONSTRAINT "service_classifications_pkey" PRIMARY KEY ("kind","code")
);

-- CreateTable
CREATE TABLE "catalogue_import_runs" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "skipped" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,

    CONSTRAINT "catalogue_import_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_channels_organization_id_idx" ON "service_channels"("organization_id");

-- CreateIndex
CREATE INDEX "service_channels_municipality_codes_idx" ON "service_channels" USING GIN ("municipality_codes");

-- CreateIndex
CREATE INDEX "service_channels_type_idx" ON "service_channels"("type");

-- CreateIndex
CREATE INDEX "service_channel_links_channel_id_idx" ON "service_channel_links"("channel_id");

-- CreateIndex
CREATE INDEX "catalogue_import_runs_started_at_idx" ON "catalogue_import_runs"("started_at");

-- AddForeignKey
ALTER TABLE "service_channels" ADD CONSTRAINT "service_channels_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_channel_links" ADD CONSTRAINT "service_channel_links_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_channel_links" ADD CONSTRAINT "service_channel_links_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "service_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;
