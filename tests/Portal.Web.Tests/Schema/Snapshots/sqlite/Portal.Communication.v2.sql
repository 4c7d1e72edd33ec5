-- Portal.Communication, schema version 2, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "StoryFromMeetingIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StoryFromMeetingIndex" PRIMARY KEY AUTOINCREMENT,
    "AgendaItemId" TEXT NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "LatestAgendaItemId" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "StoryIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StoryIndex" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "AreaId" TEXT NOT NULL,
    "Profession" TEXT NOT NULL,
    "Featured" INTEGER NOT NULL,
    "PublishedUtc" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "StoryTagIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StoryTagIndex" PRIMARY KEY AUTOINCREMENT,
    "Tag" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE INDEX "IX_StoryFromMeetingIndex_AgendaItemId_Latest" ON "StoryFromMeetingIndex" ("AgendaItemId", "Latest");

CREATE INDEX "IX_StoryFromMeetingIndex_AgendaItemId_Published" ON "StoryFromMeetingIndex" ("AgendaItemId", "Published");

CREATE UNIQUE INDEX "IX_StoryFromMeetingIndex_ContentItemVersionId" ON "StoryFromMeetingIndex" ("ContentItemVersionId");

CREATE UNIQUE INDEX "IX_StoryFromMeetingIndex_LatestAgendaItemId" ON "StoryFromMeetingIndex" ("LatestAgendaItemId") WHERE "LatestAgendaItemId" IS NOT NULL;

CREATE INDEX "IX_StoryIndex_AreaId_Published_PublishedUtc" ON "StoryIndex" ("AreaId", "Published", "PublishedUtc");

CREATE UNIQUE INDEX "IX_StoryIndex_ContentItemVersionId" ON "StoryIndex" ("ContentItemVersionId");

CREATE INDEX "IX_StoryIndex_Published_PublishedUtc" ON "StoryIndex" ("Published", "PublishedUtc");

CREATE INDEX "IX_StoryTagIndex_ContentItemVersionId" ON "StoryTagIndex" ("ContentItemVersionId");

CREATE INDEX "IX_StoryTagIndex_Tag_Published" ON "StoryTagIndex" ("Tag", "Published");
