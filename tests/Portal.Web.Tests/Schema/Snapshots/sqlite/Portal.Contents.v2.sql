-- Portal.Contents, schema version 2, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "AutorouteIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AutorouteIndex" PRIMARY KEY AUTOINCREMENT,
    "Path" TEXT NOT NULL,
    "PublishedPath" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_AutorouteIndex_ContentItemVersionId" ON "AutorouteIndex" ("ContentItemVersionId");

CREATE INDEX "IX_AutorouteIndex_Path_Published" ON "AutorouteIndex" ("Path", "Published");

CREATE UNIQUE INDEX "IX_AutorouteIndex_PublishedPath" ON "AutorouteIndex" ("PublishedPath") WHERE "PublishedPath" IS NOT NULL;
