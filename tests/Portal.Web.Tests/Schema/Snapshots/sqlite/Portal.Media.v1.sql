-- Portal.Media, schema version 1, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "Attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Attachments" PRIMARY KEY,
    "ContentItemId" TEXT NULL,
    "FileName" TEXT NOT NULL,
    "MediaType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StoragePath" TEXT NOT NULL,
    "ExtractedText" TEXT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedUtc" TEXT NOT NULL
);

CREATE INDEX "IX_Attachments_ContentItemId" ON "Attachments" ("ContentItemId");

CREATE INDEX "IX_Attachments_UploadedUtc" ON "Attachments" ("UploadedUtc");
