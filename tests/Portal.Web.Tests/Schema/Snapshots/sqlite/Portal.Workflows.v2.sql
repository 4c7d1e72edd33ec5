-- Portal.Workflows, schema version 2, Sqlite: the tables as this version creates them. Never edit a recorded version.

CREATE TABLE "WorkflowBlocks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowBlocks" PRIMARY KEY AUTOINCREMENT,
    "WorkflowId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "EventName" TEXT NOT NULL,
    "CorrelationId" TEXT NOT NULL,
    "DueUtc" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "WorkflowEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowEvents" PRIMARY KEY AUTOINCREMENT,
    "EventName" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL
);

CREATE TABLE "WorkflowHistory" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowHistory" PRIMARY KEY AUTOINCREMENT,
    "WorkflowId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Step" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "Comment" TEXT NULL,
    "Utc" TEXT NOT NULL
);

CREATE TABLE "Workflows" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Workflows" PRIMARY KEY AUTOINCREMENT,
    "WorkflowId" TEXT NOT NULL,
    "WorkflowTypeId" TEXT NOT NULL,
    "TypeVersion" INTEGER NOT NULL,
    "CorrelationId" TEXT NOT NULL,
    "OpenCorrelationId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Properties" TEXT NOT NULL,
    "Stamp" TEXT NOT NULL,
    "StartedBy" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ModifiedUtc" TEXT NOT NULL,
    "FaultMessage" TEXT NULL,
    "FaultActivityId" TEXT NULL,
    "PendingRun" TEXT NULL
);

CREATE TABLE "WorkflowTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowTasks" PRIMARY KEY AUTOINCREMENT,
    "WorkflowId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "ContentItemId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "AssignedAs" TEXT NOT NULL,
    "Actions" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "DueUtc" TEXT NULL,
    "ActedBy" TEXT NULL,
    "ActedUtc" TEXT NULL,
    "Action" TEXT NULL,
    "Comment" TEXT NULL,
    "RemindAtUtc" TEXT NULL,
    "RemindedUtc" TEXT NULL,
    "EscalateAtUtc" TEXT NULL,
    "EscalationKeys" TEXT NULL,
    "EscalationLabel" TEXT NULL,
    "EscalatedUtc" TEXT NULL
);

CREATE TABLE "WorkflowTypes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowTypes" PRIMARY KEY AUTOINCREMENT,
    "WorkflowTypeId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Latest" INTEGER NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "Definition" TEXT NOT NULL,
    "ModifiedUtc" TEXT NOT NULL,
    "ModifiedBy" TEXT NULL
);

CREATE TABLE "WorkflowTaskAssignees" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowTaskAssignees" PRIMARY KEY AUTOINCREMENT,
    "WorkflowTaskId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    CONSTRAINT "FK_WorkflowTaskAssignees_WorkflowTasks_WorkflowTaskId" FOREIGN KEY ("WorkflowTaskId") REFERENCES "WorkflowTasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_WorkflowBlocks_DueUtc" ON "WorkflowBlocks" ("DueUtc");

CREATE INDEX "IX_WorkflowBlocks_EventName_CorrelationId" ON "WorkflowBlocks" ("EventName", "CorrelationId");

CREATE INDEX "IX_WorkflowBlocks_WorkflowId" ON "WorkflowBlocks" ("WorkflowId");

CREATE INDEX "IX_WorkflowHistory_WorkflowId" ON "WorkflowHistory" ("WorkflowId");

CREATE INDEX "IX_Workflows_CorrelationId" ON "Workflows" ("CorrelationId");

CREATE UNIQUE INDEX "IX_Workflows_OneOpenPerItem" ON "Workflows" ("WorkflowTypeId", "OpenCorrelationId") WHERE "OpenCorrelationId" IS NOT NULL;

CREATE UNIQUE INDEX "IX_Workflows_WorkflowId" ON "Workflows" ("WorkflowId");

CREATE INDEX "IX_Workflows_WorkflowTypeId_Status" ON "Workflows" ("WorkflowTypeId", "Status");

CREATE INDEX "IX_WorkflowTaskAssignees_Key_WorkflowTaskId" ON "WorkflowTaskAssignees" ("Key", "WorkflowTaskId");

CREATE INDEX "IX_WorkflowTaskAssignees_WorkflowTaskId" ON "WorkflowTaskAssignees" ("WorkflowTaskId");

CREATE INDEX "IX_WorkflowTasks_ContentItemId" ON "WorkflowTasks" ("ContentItemId");

CREATE INDEX "IX_WorkflowTasks_Status_DueUtc" ON "WorkflowTasks" ("Status", "DueUtc");

CREATE INDEX "IX_WorkflowTasks_Status_EscalateAtUtc" ON "WorkflowTasks" ("Status", "EscalateAtUtc");

CREATE INDEX "IX_WorkflowTasks_Status_RemindAtUtc" ON "WorkflowTasks" ("Status", "RemindAtUtc");

CREATE INDEX "IX_WorkflowTasks_WorkflowId_Status" ON "WorkflowTasks" ("WorkflowId", "Status");

CREATE UNIQUE INDEX "IX_WorkflowTypes_Latest" ON "WorkflowTypes" ("WorkflowTypeId") WHERE "Latest";

CREATE UNIQUE INDEX "IX_WorkflowTypes_WorkflowTypeId_Version" ON "WorkflowTypes" ("WorkflowTypeId", "Version");
