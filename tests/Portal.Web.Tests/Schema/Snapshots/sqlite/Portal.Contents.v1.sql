-- Portal.Contents, schema version 1, Sqlite: the tables as this version creates them. Never edit a recorded version.
-- Rebuilt from the model as it was at commit bc40220^ (before unique published addresses), when 1 was the latest version.

CREATE TABLE "AutorouteIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AutorouteIndex" PRIMARY KEY AUTOINCREMENT,
    "Path" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_AutorouteIndex_ContentItemVersionId" ON "AutorouteIndex" ("ContentItemVersionId");

CREATE INDEX "IX_AutorouteIndex_Path_Published" ON "AutorouteIndex" ("Path", "Published");
