using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Caching;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Notify;
using Portal.Core.Workflows;
using Portal.Workflows.Activities;
using Portal.Workflows.Apis;
using Portal.Workflows.Drivers;
using Portal.Workflows.Engine;
using Portal.Workflows.Handlers;
using Portal.Workflows.Models;
using Portal.Workflows.Recipes;
using Portal.Workflows.Services;
using Quartz;

namespace Portal.Workflows;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddNavigation<AdminMenu>();
        services.AddDbModel<WorkflowModel>();

        // The engine.
        services.AddSingleton<IWorkflowExpressions, LiquidExpressions>();
        services.AddScoped<ActivityLibrary>();
        services.AddScoped<WorkflowValidator>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowRunner>();
        services.AddScoped<WorkflowManager>();
        services.AddScoped<WorkflowRunScope>();
        services.AddRecipeStep<WorkflowTypesRecipeStep>();
        services.AddRecipeStep<SubmitForApprovalRecipeStep>();

        // Events and tasks every workflow type can use; other modules add their own.
        services.AddActivity<ContentCreatedEvent>();
        services.AddActivity<ContentUpdatedEvent>();
        services.AddActivity<ContentPublishedEvent>();
        services.AddActivity<ContentSubmittedEvent>();
        services.AddActivity<UserTaskActivity>();
        services.AddActivity<TimerEvent>();
        services.AddActivity<PublishTask>();
        services.AddActivity<UnpublishTask>();
        services.AddActivity<SetFieldTask>();
        services.AddActivity<IfElseTask>();
        services.AddActivity<ForkTask>();
        services.AddActivity<JoinTask>();
        services.AddActivity<FinishTask>();
        services.AddActivity<SetPropertyTask>();
        services.AddActivity<NotifyTask>();
        services.AddNotificationType(WorkflowMessages.TaskAssigned);
        services.AddNotificationType(WorkflowMessages.Messages);

        // Content events reach the workflows after the save; timers through Quartz.
        services.AddContentHandler<ContentEventRecorder>();
        services.AddSingleton<WorkflowEventPump>();
        services.AddHostedService(provider => provider.GetRequiredService<WorkflowEventPump>());
        services.AddScoped<WorkflowTimers>();
        services.AddScoped<TaskDeadlines>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<WorkflowTimerJob>(job => job.WithIdentity(WorkflowTimerJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(WorkflowTimerJob.Key)
                .WithIdentity("workflow-timers-sweep", "portal")
                .StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
        });

        // Approvals: the editor's button, the mark, who may read a draft to decide on it, and no publishing around it.
        services.AddContentPart<ApprovalPart>("Godkendelse").UseDisplayDriver<ApprovalPartDriver>();
        services.AddScoped<IPortalStartupTask, ApprovalPartOnDraftableTypes>();
        services.AddContentEditorAction<ApprovalSubmission>();
        services.AddContentEditorKeys<ApproverKeys>();
        services.AddContentHandler<ApprovalGate>();

        // "Mine opgaver".
        services.AddScoped<TaskInbox>();
        services.AddScoped<TaskActing>();
        services.AddSingleton<IPersonalHeaderItem, TasksHeaderItem>();

        services.AddScoped<WorkflowAdministration>();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes) => routes.MapTaskApi();
}
