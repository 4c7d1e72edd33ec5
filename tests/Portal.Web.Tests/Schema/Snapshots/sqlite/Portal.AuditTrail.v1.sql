-- Portal.AuditTrail, schema version 1, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "AuditRecords" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditRecords" PRIMARY KEY AUTOINCREMENT,
    "CreatedUtc" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "ContentItemId" TEXT NULL,
    "ContentItemVersionId" TEXT NULL,
    "ContentVersion" INTEGER NULL,
    "ContentType" TEXT NULL,
    "ContentTitle" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "Fields" TEXT NULL,
    "Comment" TEXT NULL,
    "RemoteIp" TEXT NULL
);

CREATE INDEX "IX_AuditRecords_ContentItemId_CreatedUtc" ON "AuditRecords" ("ContentItemId", "CreatedUtc");

CREATE INDEX "IX_AuditRecords_CreatedUtc" ON "AuditRecords" ("CreatedUtc");

CREATE INDEX "IX_AuditRecords_Kind_CreatedUtc" ON "AuditRecords" ("Kind", "CreatedUtc");

CREATE INDEX "IX_AuditRecords_UserName_CreatedUtc" ON "AuditRecords" ("UserName", "CreatedUtc");
