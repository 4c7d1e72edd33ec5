-- Portal.Contents, schema version 3, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "AutorouteIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AutorouteIndex" PRIMARY KEY AUTOINCREMENT,
    "Path" TEXT NOT NULL,
    "PublishedPath" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "ContentFollows" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentFollows" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "FollowedUtc" TEXT NOT NULL
);

CREATE TABLE "ScheduledChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScheduledChanges" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "DueUtc" TEXT NOT NULL,
    "ScheduledBy" TEXT NULL,
    "ScheduledUtc" TEXT NOT NULL,
    "Refusal" TEXT NULL
);

CREATE UNIQUE INDEX "IX_AutorouteIndex_ContentItemVersionId" ON "AutorouteIndex" ("ContentItemVersionId");

CREATE INDEX "IX_AutorouteIndex_Path_Published" ON "AutorouteIndex" ("Path", "Published");

CREATE UNIQUE INDEX "IX_AutorouteIndex_PublishedPath" ON "AutorouteIndex" ("PublishedPath") WHERE "PublishedPath" IS NOT NULL;

CREATE INDEX "IX_ContentFollows_ContentItemId" ON "ContentFollows" ("ContentItemId");

CREATE UNIQUE INDEX "IX_ContentFollows_UserId_ContentItemId" ON "ContentFollows" ("UserId", "ContentItemId");

CREATE UNIQUE INDEX "IX_ScheduledChanges_ContentItemId_Action" ON "ScheduledChanges" ("ContentItemId", "Action");

CREATE INDEX "IX_ScheduledChanges_DueUtc" ON "ScheduledChanges" ("DueUtc");
