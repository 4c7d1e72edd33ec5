-- Portal.Media, schema version 1, Postgres: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "Attachments" (
    "Id" character varying(26) NOT NULL,
    "ContentItemId" character varying(26),
    "FileName" character varying(255) NOT NULL,
    "MediaType" character varying(100) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "StoragePath" character varying(300) NOT NULL,
    "ExtractedText" text,
    "UploadedBy" character varying(256) NOT NULL,
    "UploadedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Attachments" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Attachments_ContentItemId" ON "Attachments" ("ContentItemId");

CREATE INDEX "IX_Attachments_UploadedUtc" ON "Attachments" ("UploadedUtc");
