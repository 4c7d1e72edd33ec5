-- Portal.Search, schema version 1, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "SearchIndexTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SearchIndexTasks" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "ContentItemId" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "SearchNodes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SearchNodes" PRIMARY KEY,
    "MachineName" TEXT NOT NULL,
    "AppliedTaskId" INTEGER NOT NULL,
    "Documents" INTEGER NOT NULL,
    "RebuildDone" INTEGER NULL,
    "RebuildTotal" INTEGER NULL,
    "LastRebuildUtc" TEXT NULL,
    "LastError" TEXT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE INDEX "IX_SearchIndexTasks_CreatedUtc" ON "SearchIndexTasks" ("CreatedUtc");
