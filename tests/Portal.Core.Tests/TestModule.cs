using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Handlers;
using Portal.Core.Content.Indexing;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Data.Migrations;
using Portal.Core.Modules;
using Portal.Core.Security;

// The test assembly is itself a module, so the platform discovers it like any other: its
// migration defines a content type and an index table, its startup registers the index provider.
[assembly: Module(Name = "Testmodul", Description = "Content type and index used by the platform's tests.")]

namespace Portal.Core.Tests;

public sealed class NotePart : ContentPart
{
    public string Text { get; set; } = "";

    public string Category { get; set; } = "";
}

public sealed class NoteIndex : ContentIndexRow
{
    public string Category { get; set; } = "";
}

public sealed class NoteIndexModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<NoteIndex>(e =>
    {
        e.ToTable("NoteIndex");
        e.HasKey(r => r.Id);
        e.Property(r => r.ContentItemId).HasMaxLength(26);
        e.Property(r => r.ContentItemVersionId).HasMaxLength(26);
        e.Property(r => r.Category).HasMaxLength(100);
        e.HasIndex(r => r.ContentItemVersionId).IsUnique();
    });
}

public sealed class NoteIndexProvider : ContentIndexProvider<NoteIndex>
{
    protected override NoteIndex? Map(ContentItem version) =>
        version.Has(nameof(NotePart)) ? new NoteIndex { Category = version.As<NotePart>().Category } : null;
}

/// <summary>Records every content event, and refuses to publish a note whose text says so.</summary>
public sealed class RecordingHandler(EventLog log) : IContentHandler
{
    public Task CreatedAsync(ContentContext context) => Record("Created", context);

    public Task UpdatedAsync(ContentContext context) => Record("Updated", context);

    public Task PublishedAsync(ContentContext context) => Record("Published", context);

    public Task UnpublishedAsync(ContentContext context) => Record("Unpublished", context);

    public Task RemovedAsync(ContentContext context) => Record("Removed", context);

    public Task PublishingAsync(ContentContext context)
    {
        if (context.ContentItem.As<NotePart>().Text.Contains("må ikke udgives", StringComparison.Ordinal))
        {
            context.Cancel("Noten må ikke udgives.");
        }

        return Task.CompletedTask;
    }

    private Task Record(string name, ContentContext context)
    {
        log.Add($"{name}:{context.ContentItem.ContentItemId}");
        return Task.CompletedTask;
    }
}

public sealed class EventLog
{
    private readonly List<string> _events = [];

    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void Add(string entry)
    {
        lock (_events)
        {
            _events.Add(entry);
        }
    }
}

public static class NotePermissions
{
    public static readonly Permission EditNote = new("EditNote", "Redigere noter", "Test");
}

/// <summary>A module's resource check: the owner of a note may edit it without the role permission.</summary>
public sealed class NoteOwnerHandler : AuthorizationHandler<PermissionRequirement, ContentItem>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement, ContentItem resource)
    {
        if (requirement.Permission == NotePermissions.EditNote && resource.Owner is { } owner && context.User.Identity?.Name == owner)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A note in the category "fortrolig" may be read by editors only; others may know it exists and
/// see it as "Fortrolig note" with its category, nothing else.
/// </summary>
public sealed class ConfidentialNoteVisibility : IContentVisibilityProvider
{
    public Task ApplyAsync(ContentItem version, VisibilityContext context)
    {
        if (version.Has(nameof(NotePart)) && version.As<NotePart>().Category == "fortrolig")
        {
            context.RestrictTo([PrincipalKeys.Role(PortalRoles.Editor), PrincipalKeys.Role(PortalRoles.Administrator)], mayKnowItExists: [PrincipalKeys.Everyone]);
            context.RedactAs("Fortrolig note", new NotePart { Category = "fortrolig" });
        }

        return Task.CompletedTask;
    }
}

/// <summary>Editors edit notes, so they read their drafts.</summary>
public sealed class NoteEditorKeys : IContentEditorKeysProvider
{
    public Task AddEditorKeysAsync(ContentItem version, ISet<string> keys)
    {
        keys.Add(PrincipalKeys.Role(PortalRoles.Editor));
        return Task.CompletedTask;
    }
}

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbModel<NoteIndexModel>();
        services.AddIndexProvider<NoteIndexProvider>();
        services.AddSingleton<EventLog>();
        services.AddContentHandler<RecordingHandler>();
        services.AddSingleton<MigrationRuns>();
        services.AddScoped<IAuthorizationHandler, NoteOwnerHandler>();
        services.AddVisibilityProvider<ConfidentialNoteVisibility>();
        services.AddContentEditorKeys<NoteEditorKeys>();
    }
}

/// <summary>How often this host created the test module's schema (per host, so parallel hosts do not count each other).</summary>
public sealed class MigrationRuns
{
    private int _creates;

    public int Creates => _creates;

    public void Created() => Interlocked.Increment(ref _creates);
}

public sealed class Migrations(MigrationRuns runs) : DataMigration
{
    public async Task<int> CreateAsync()
    {
        runs.Created();
        await Schema.CreateTablesForAsync(typeof(NoteIndex));
        await ContentDefinitions.AlterTypeDefinitionAsync("Note", type => type
            .DisplayedAs("Note")
            .Draftable()
            .Versionable()
            .Listable()
            .WithPart(nameof(NotePart)));
        return 1;
    }

    public async Task<int> UpdateFrom1Async()
    {
        await ContentDefinitions.AlterTypeDefinitionAsync("Note", type => type.WithField("Deadline", FieldTypes.DateTime, f => f.DisplayName = "Frist"));
        await Schema.AlterAsync(m => m.AddColumn<string>("Owner", "NoteIndex", maxLength: 100, nullable: true));
        return 2;
    }
}
