using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Handlers;
using Portal.Core.Content.Indexing;
using Portal.Core.Data;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Core.Modules;

/// <summary>The one-line registrations a module's startup is made of.</summary>
public static class ModuleServiceCollectionExtensions
{
    /// <summary>Registers a part and the name editors see for it.</summary>
    public static ContentPartRegistration<TPart> AddContentPart<TPart>(this IServiceCollection services, string displayName)
        where TPart : ContentPart, new()
    {
        services.AddSingleton(new ContentPartDescriptor(typeof(TPart).Name, displayName));
        return new(services);
    }

    public static IServiceCollection AddContentField<TField, TDriver>(this IServiceCollection services)
        where TField : ContentField, new()
        where TDriver : ContentFieldDisplayDriver<TField> =>
        services.AddScoped<IContentFieldDisplayDriver, TDriver>();

    public static IServiceCollection AddContentHandler<THandler>(this IServiceCollection services)
        where THandler : class, IContentHandler =>
        services.AddScoped<IContentHandler, THandler>();

    public static IServiceCollection AddIndexProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IContentIndexProvider =>
        services.AddScoped<IContentIndexProvider, TProvider>();

    /// <summary>Describes the module's published items for search (title, address, label, text).</summary>
    public static IServiceCollection AddSearchIndexHandler<THandler>(this IServiceCollection services)
        where THandler : class, Search.ISearchIndexHandler =>
        services.AddScoped<Search.ISearchIndexHandler, THandler>();

    /// <summary>A partial view shown in the header of every page, the same for every reader (a search box).</summary>
    public static IServiceCollection AddHeaderPartial(this IServiceCollection services, string partialName, int position = 0) =>
        services.AddSingleton(new Display.HeaderPartial(partialName, position));

    /// <summary>A command run from the command line instead of the web host: <c>dotnet run -- search rebuild</c>.</summary>
    public static IServiceCollection AddPortalCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, Hosting.IPortalCommand =>
        services.AddScoped<Hosting.IPortalCommand, TCommand>();

    public static IServiceCollection AddVisibilityProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, Content.Visibility.IContentVisibilityProvider =>
        services.AddScoped<Content.Visibility.IContentVisibilityProvider, TProvider>();

    public static IServiceCollection AddContentEditorKeys<TProvider>(this IServiceCollection services)
        where TProvider : class, Content.Visibility.IContentEditorKeysProvider =>
        services.AddScoped<Content.Visibility.IContentEditorKeysProvider, TProvider>();

    public static IServiceCollection AddPrincipalKeyProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, Content.Visibility.IPrincipalKeyProvider =>
        services.AddScoped<Content.Visibility.IPrincipalKeyProvider, TProvider>();

    /// <summary>Answers who holds the keys the module gives out (for telling them of a task).</summary>
    public static IServiceCollection AddPrincipalKeyHolders<THolders>(this IServiceCollection services)
        where THolders : class, Content.Visibility.IPrincipalKeyHolders =>
        services.AddScoped<Content.Visibility.IPrincipalKeyHolders, THolders>();

    public static IServiceCollection AddDbModel<TContributor>(this IServiceCollection services)
        where TContributor : class, IDbModelContributor =>
        services.AddSingleton<IDbModelContributor, TContributor>();

    public static IServiceCollection AddPermissions<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider =>
        services.AddSingleton<IPermissionProvider, TProvider>();

    public static IServiceCollection AddNavigation<TProvider>(this IServiceCollection services)
        where TProvider : class, INavigationProvider =>
        services.AddSingleton<INavigationProvider, TProvider>();

    /// <summary>An activity workflow types can use.</summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services)
        where TActivity : class, Workflows.IActivity =>
        services.AddScoped<Workflows.IActivity, TActivity>();

    /// <summary>A button on the content editor that saves the draft and then acts on it.</summary>
    public static IServiceCollection AddContentEditorAction<TAction>(this IServiceCollection services)
        where TAction : class, IContentEditorAction =>
        services.AddScoped<IContentEditorAction, TAction>();

    /// <summary>Adds a section below the content editor.</summary>
    public static IServiceCollection AddContentEditorPanel<TPanel>(this IServiceCollection services)
        where TPanel : class, IContentEditorPanel =>
        services.AddScoped<IContentEditorPanel, TPanel>();

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStepHandler =>
        services.AddScoped<IRecipeStepHandler, TStep>();
}

public sealed class ContentPartRegistration<TPart>(IServiceCollection services)
    where TPart : ContentPart, new()
{
    public ContentPartRegistration<TPart> UseDisplayDriver<TDriver>()
        where TDriver : ContentPartDisplayDriver<TPart>
    {
        services.AddScoped<IContentPartDisplayDriver, TDriver>();
        return this;
    }

    public ContentPartRegistration<TPart> AddHandler<THandler>()
        where THandler : class, IContentHandler
    {
        services.AddScoped<IContentHandler, THandler>();
        return this;
    }
}
