using Microsoft.EntityFrameworkCore.Metadata;

namespace Portal.Core.Data;

/// <summary>
/// The EF Core model made ahead of time (<c>dotnet ef dbcontext optimize</c>) for one database
/// provider and the model contributions of one set of modules, so that a start does not build it from
/// the conventions. Used only when both match the running site: a site that enables other modules
/// builds its model at start, as before. Register it as a singleton.
/// </summary>
/// <param name="Provider"><see cref="DatabaseProviders.Sqlite"/> or <see cref="DatabaseProviders.Postgres"/>.</param>
/// <param name="ContributorsKey">The <see cref="PortalModelContributors.Key"/> the model was made with.</param>
/// <param name="Model">The model; read on the first use of the database, not before.</param>
public sealed record CompiledDbModel(string Provider, string ContributorsKey, Func<IModel> Model);

/// <summary>The database providers the portal runs on, as <c>Database:Provider</c> names them.</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>The provider a <c>Database:Provider</c> setting names (default SQLite), or null for one not supported.</summary>
    public static string? Parse(string? setting) => setting switch
    {
        null or "" => Sqlite,
        _ when setting.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) => Sqlite,
        _ when setting.Equals(Postgres, StringComparison.OrdinalIgnoreCase) || setting.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => Postgres,
        _ => null,
    };
}
