-- Portal.Notifications, schema version 1, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "DigestSchedules" (
    "UserName" TEXT NOT NULL CONSTRAINT "PK_DigestSchedules" PRIMARY KEY,
    "AtMinute" INTEGER NOT NULL,
    "LastSentUtc" TEXT NULL
);

CREATE TABLE "MailMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MailMessages" PRIMARY KEY AUTOINCREMENT,
    "MessageId" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "ToName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "NextAttemptUtc" TEXT NOT NULL,
    "LockedUntilUtc" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "SentUtc" TEXT NULL
);

CREATE TABLE "NotificationEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NotificationEvents" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "ContentItemId" TEXT NULL,
    "Latest" INTEGER NOT NULL,
    "ReadersOnly" INTEGER NOT NULL,
    "Values" TEXT NOT NULL,
    "Url" TEXT NULL,
    "Actor" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "NotificationPreferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NotificationPreferences" PRIMARY KEY AUTOINCREMENT,
    "UserName" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Delivery" TEXT NOT NULL
);

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "UserName" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "ContentItemId" TEXT NULL,
    "Url" TEXT NULL,
    "Redacted" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ReadUtc" TEXT NULL,
    "InDigest" INTEGER NOT NULL,
    "DigestedUtc" TEXT NULL
);

CREATE TABLE "NotificationTemplates" (
    "Type" TEXT NOT NULL CONSTRAINT "PK_NotificationTemplates" PRIMARY KEY,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE UNIQUE INDEX "IX_MailMessages_MessageId" ON "MailMessages" ("MessageId");

CREATE INDEX "IX_MailMessages_SentUtc_NextAttemptUtc" ON "MailMessages" ("SentUtc", "NextAttemptUtc");

CREATE UNIQUE INDEX "IX_NotificationPreferences_UserName_Type" ON "NotificationPreferences" ("UserName", "Type");

CREATE INDEX "IX_Notifications_InDigest_UserName" ON "Notifications" ("InDigest", "UserName");

CREATE INDEX "IX_Notifications_UserName_Id" ON "Notifications" ("UserName", "Id");

CREATE INDEX "IX_Notifications_UserName_ReadUtc" ON "Notifications" ("UserName", "ReadUtc");
