-- Portal.Core, schema version 3, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "IsDisabled" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "ContentItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentItems" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "DisplayText" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Published" INTEGER NOT NULL,
    "Owner" TEXT NULL,
    "Author" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ModifiedUtc" TEXT NOT NULL,
    "PublishedUtc" TEXT NULL,
    "Comment" TEXT NULL,
    "ConcurrencyStamp" TEXT NOT NULL,
    "Data" TEXT NOT NULL
);

CREATE TABLE "ContentReaders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentReaders" PRIMARY KEY AUTOINCREMENT,
    "ContentItemId" TEXT NOT NULL,
    "ContentItemVersionId" TEXT NOT NULL,
    "PrincipalKey" TEXT NOT NULL,
    "Redacted" INTEGER NOT NULL
);

CREATE TABLE "ContentRedactions" (
    "ContentItemVersionId" TEXT NOT NULL CONSTRAINT "PK_ContentRedactions" PRIMARY KEY,
    "ContentItemId" TEXT NOT NULL,
    "DisplayText" TEXT NOT NULL,
    "Data" TEXT NOT NULL
);

CREATE TABLE "ContentTypes" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_ContentTypes" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    "ConcurrencyStamp" TEXT NOT NULL
);

CREATE TABLE "Documents" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    "ConcurrencyStamp" TEXT NOT NULL
);

CREATE TABLE "SchemaVersions" (
    "ModuleId" TEXT NOT NULL CONSTRAINT "PK_SchemaVersions" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE UNIQUE INDEX "IX_ContentItems_ContentItemId_Number" ON "ContentItems" ("ContentItemId", "Number");

CREATE UNIQUE INDEX "IX_ContentItems_ContentItemVersionId" ON "ContentItems" ("ContentItemVersionId");

CREATE INDEX "IX_ContentItems_ContentType_Latest_Published_ModifiedUtc" ON "ContentItems" ("ContentType", "Latest", "Published", "ModifiedUtc");

CREATE UNIQUE INDEX "IX_ContentItems_OneLatest" ON "ContentItems" ("ContentItemId", "Latest") WHERE "Latest";

CREATE UNIQUE INDEX "IX_ContentItems_OnePublished" ON "ContentItems" ("ContentItemId") WHERE "Published";

CREATE UNIQUE INDEX "IX_ContentReaders_ContentItemVersionId_PrincipalKey" ON "ContentReaders" ("ContentItemVersionId", "PrincipalKey");

CREATE INDEX "IX_ContentReaders_PrincipalKey_ContentItemVersionId" ON "ContentReaders" ("PrincipalKey", "ContentItemVersionId");

CREATE INDEX "IX_ContentRedactions_ContentItemId" ON "ContentRedactions" ("ContentItemId");
