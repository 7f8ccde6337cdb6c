-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "author_role" TEXT,
ADD COLUMN     "related_services" JSONB,
ADD COLUMN     "related_slugs" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "topics" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "help_requests" ADD COLUMN     "claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "claimed_by_staff_id" UUID,
ADD COLUMN     "close_code" TEXT,
ADD COLUMN     "closed_at" TIMESTAMPTZ(3),
ADD COLUMN     "contact_email" TEXT,
ADD COLUMN     "contact_phone" TEXT,
ADD COLUMN     "idempotency_key" TEXT,
ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'fi',
ADD COLUMN     "topics" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "article_view_counts" (
    "day" DATE NOT NULL,
    "article_slug" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "article_view_counts_pkey" PRIMARY KEY ("day","article_slug","language")
);

-- CreateIndex
CREATE INDEX "article_view_counts_day_topic_idx" ON "article_view_counts"("day", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "help_requests_idempotency_key_key" ON "help_requests"("idempotency_key");

-- CreateIndex
CREATE INDEX "help_requests_created_at_idx" ON "help_requests"("created_at");
