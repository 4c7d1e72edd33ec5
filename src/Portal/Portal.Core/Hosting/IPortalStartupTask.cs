namespace Portal.Core.Hosting;

/// <summary>
/// Work a module does at every start, after the schema is up to date and before the first request
/// (e.g. granting the default permissions of a module added to a running site). Runs in a scope.
/// </summary>
public interface IPortalStartupTask
{
    Task ExecuteAsync(CancellationToken cancellationToken);
}
