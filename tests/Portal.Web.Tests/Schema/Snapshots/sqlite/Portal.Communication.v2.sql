-- Portal.Communication, schema version 2, Sqlite: the tables as this version creates them. Never edit a recorded version.

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

CREATE INDEX "IX_StoryIndex_AreaId_Published_PublishedUtc" ON "StoryIndex" ("AreaId", "Published", "PublishedUtc");

CREATE UNIQUE INDEX "IX_StoryIndex_ContentItemVersionId" ON "StoryIndex" ("ContentItemVersionId");

CREATE INDEX "IX_StoryIndex_Published_PublishedUtc" ON "StoryIndex" ("Published", "PublishedUtc");

CREATE INDEX "IX_StoryTagIndex_ContentItemVersionId" ON "StoryTagIndex" ("ContentItemVersionId");

CREATE INDEX "IX_StoryTagIndex_Tag_Published" ON "StoryTagIndex" ("Tag", "Published");
