-- Portal.Med, schema version 2, Sqlite: the tables as this version creates them. Never edit a recorded version.
-- Rebuilt from the model as it was at commit 1145ea0 (confidential time in the index), when 2 was the latest version.

CREATE TABLE "AgendaItemIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AgendaItemIndex" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "IsClosed" INTEGER NOT NULL,
    "ConfidentialUntilUtc" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "CommitteeIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CommitteeIndex" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Abbreviation" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ParentCommitteeId" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "CommitteeMemberIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CommitteeMemberIndex" PRIMARY KEY AUTOINCREMENT,
    "UserName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "DecisionIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DecisionIndex" PRIMARY KEY AUTOINCREMENT,
    "CommitteeId" TEXT NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "IsClosed" INTEGER NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE TABLE "MeetingIndex" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MeetingIndex" PRIMARY KEY AUTOINCREMENT,
    "CommitteeId" TEXT NOT NULL,
    "StartsUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_AgendaItemIndex_ContentItemVersionId" ON "AgendaItemIndex" ("ContentItemVersionId");

CREATE INDEX "IX_AgendaItemIndex_MeetingId_Published" ON "AgendaItemIndex" ("MeetingId", "Published");

CREATE INDEX "IX_AgendaItemIndex_Published_ConfidentialUntilUtc" ON "AgendaItemIndex" ("Published", "ConfidentialUntilUtc");

CREATE UNIQUE INDEX "IX_CommitteeIndex_ContentItemVersionId" ON "CommitteeIndex" ("ContentItemVersionId");

CREATE INDEX "IX_CommitteeMemberIndex_ContentItemVersionId" ON "CommitteeMemberIndex" ("ContentItemVersionId");

CREATE INDEX "IX_CommitteeMemberIndex_UserName_Published" ON "CommitteeMemberIndex" ("UserName", "Published");

CREATE INDEX "IX_DecisionIndex_CommitteeId_Published_Date" ON "DecisionIndex" ("CommitteeId", "Published", "Date");

CREATE UNIQUE INDEX "IX_DecisionIndex_ContentItemVersionId" ON "DecisionIndex" ("ContentItemVersionId");

CREATE INDEX "IX_DecisionIndex_Published_Date" ON "DecisionIndex" ("Published", "Date");

CREATE INDEX "IX_MeetingIndex_CommitteeId_Published_StartsUtc" ON "MeetingIndex" ("CommitteeId", "Published", "StartsUtc");

CREATE UNIQUE INDEX "IX_MeetingIndex_ContentItemVersionId" ON "MeetingIndex" ("ContentItemVersionId");
