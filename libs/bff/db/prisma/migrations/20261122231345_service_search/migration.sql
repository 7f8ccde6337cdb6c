-- Search documents per reader language (hand-written: Prisma cannot express generated columns;
-- the schema declares them as Unsupported("tsvector")). Weighted name (A) > summary (B) >
-- description (C). A service without a name in the language falls back to the other national
-- language's text, stemmed with that language's configuration (the query is run in both).
ALTER TABLE "services" ADD COLUMN "search_fi" tsvector GENERATED ALWAYS AS (
  CASE WHEN coalesce("name"->>'fi', '') <> '' THEN
    setweight(to_tsvector('finnish'::regconfig, coalesce("name"->>'fi', '')), 'A') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("summary"->>'fi', '')), 'B') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("description"->>'fi', '')), 'C')
  ELSE
    setweight(to_tsvector('swedish'::regconfig, coalesce("name"->>'sv', '')), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("summary"->>'sv', '')), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("description"->>'sv', '')), 'C')
  END) STORED,
ADD COLUMN "search_sv" tsvector GENERATED ALWAYS AS (
  CASE WHEN coalesce("name"->>'sv', '') <> '' THEN
    setweight(to_tsvector('swedish'::regconfig, coalesce("name"->>'sv', '')), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("summary"->>'sv', '')), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("description"->>'sv', '')), 'C')
  ELSE
    setweight(to_tsvector('finnish'::regconfig, coalesce("name"->>'fi', '')), 'A') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("summary"->>'fi', '')), 'B') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("description"->>'fi', '')), 'C')
  END) STORED,
ADD COLUMN "search_en" tsvector GENERATED ALWAYS AS (
  CASE WHEN coalesce("name"->>'en', '') <> '' THEN
    setweight(to_tsvector('english'::regconfig, coalesce("name"->>'en', '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("summary"->>'en', '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce("description"->>'en', '')), 'C')
  WHEN coalesce("name"->>'fi', '') <> '' THEN
    setweight(to_tsvector('finnish'::regconfig, coalesce("name"->>'fi', '')), 'A') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("summary"->>'fi', '')), 'B') ||
    setweight(to_tsvector('finnish'::regconfig, coalesce("description"->>'fi', '')), 'C')
  ELSE
    setweight(to_tsvector('swedish'::regconfig, coalesce("name"->>'sv', '')), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("summary"->>'sv', '')), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, coalesce("description"->>'sv', '')), 'C')
  END) STORED;

-- CreateTable
CREATE TABLE "service_search_events" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "language" TEXT NOT NULL,
    "query" VARCHAR(200) NOT NULL,
    "result_count" INTEGER NOT NULL,
    "municipality_code" TEXT,
    "filters" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "service_search_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_view_events" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "service_id" UUID NOT NULL,
    "language" TEXT NOT NULL,

    CONSTRAINT "service_view_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_search_events_at_idx" ON "service_search_events"("at");

-- CreateIndex
CREATE INDEX "service_view_events_at_idx" ON "service_view_events"("at");

-- CreateIndex
CREATE INDEX "service_view_events_service_id_idx" ON "service_view_events"("service_id");

-- CreateIndex
CREATE INDEX "services_search_fi_idx" ON "services" USING GIN ("search_fi");

-- CreateIndex
CREATE INDEX "services_search_sv_idx" ON "services" USING GIN ("search_sv");

-- CreateIndex
CREATE INDEX "services_search_en_idx" ON "services" USING GIN ("search_en");
