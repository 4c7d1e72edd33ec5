-- Portal.Recommendations, schema version 1, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "FollowUpIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FollowUpIndex" PRIMARY KEY AUTOINCREMENT,
    "StrategyId" TEXT NOT NULL,
    "Quarter" TEXT NOT NULL,
    "LatestKey" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "InitiativeIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InitiativeIndex" PRIMARY KEY AUTOINCREMENT,
    "StrategyId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "RecommendationId" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "RecommendationIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecommendationIndex" PRIMARY KEY AUTOINCREMENT,
    "ReportId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "ThemeId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "RelatedItemIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RelatedItemIndex" PRIMARY KEY AUTOINCREMENT,
    "AgendaItemId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_FollowUpIndex_ContentItemVersionId" ON "FollowUpIndex" ("ContentItemVersionId");

CREATE UNIQUE INDEX "IX_FollowUpIndex_LatestKey" ON "FollowUpIndex" ("LatestKey") WHERE "LatestKey" IS NOT NULL;

CREATE INDEX "IX_FollowUpIndex_StrategyId_Published_Quarter" ON "FollowUpIndex" ("StrategyId", "Published", "Quarter");

CREATE UNIQUE INDEX "IX_InitiativeIndex_ContentItemVersionId" ON "InitiativeIndex" ("ContentItemVersionId");

CREATE INDEX "IX_InitiativeIndex_RecommendationId_Published" ON "InitiativeIndex" ("RecommendationId", "Published");

CREATE INDEX "IX_InitiativeIndex_StrategyId_Published_Number" ON "InitiativeIndex" ("StrategyId", "Published", "Number");

CREATE UNIQUE INDEX "IX_RecommendationIndex_ContentItemVersionId" ON "RecommendationIndex" ("ContentItemVersionId");

CREATE INDEX "IX_RecommendationIndex_ReportId_Published_Number" ON "RecommendationIndex" ("ReportId", "Published", "Number");

CREATE INDEX "IX_RelatedItemIndex_AgendaItemId_Published" ON "RelatedItemIndex" ("AgendaItemId", "Published");

CREATE INDEX "IX_RelatedItemIndex_ContentItemVersionId" ON "RelatedItemIndex" ("ContentItemVersionId");
