using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.CompiledModel;

public static class CompiledDbModels
{
    /// <summary>
    /// The model contributions the models were made with: those of the modules this host ships with
    /// (<see cref="PortalModelContributors.Key"/>). A site that enables other modules builds its model at start.
    /// </summary>
    public const string Contributors = "Portal.Contents.Indexes.AutorouteIndexModel;Portal.Contents.Following.ContentFollowModel;Portal.Contents.Scheduling.ScheduledChangeModel;Portal.AuditTrail.Models.AuditTrailModel;Portal.Media.Models.AttachmentModel;Portal.Med.Indexes.MedIndexModel;Portal.Recommendations.Indexes.RecommendationIndexModel;Portal.Communication.Indexes.StoryIndexModel;Portal.Communication.Indexes.StoryFromMeetingIndexModel;Portal.Notifications.Models.NotificationModel;Portal.Search.Models.SearchModel;Portal.Workflows.Models.WorkflowModel";

    /// <summary>The compiled models for SQLite and PostgreSQL.</summary>
    public static IServiceCollection AddCompiledDbModels(this IServiceCollection services)
    {
#if !WITHOUT_COMPILED_MODEL
        services.AddSingleton(new CompiledDbModel(DatabaseProviders.Sqlite, Contributors, () => Sqlite.PortalDbContextModel.Instance));
        services.AddSingleton(new CompiledDbModel(DatabaseProviders.Postgres, Contributors, () => Postgres.PortalDbContextModel.Instance));
#endif
        return services;
    }
}
