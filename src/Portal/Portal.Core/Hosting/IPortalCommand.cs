namespace Portal.Core.Hosting;

/// <summary>
/// Work an operator runs from the command line instead of starting the web host
/// (<c>dotnet run --project src/Portal/Portal.Web -- search rebuild</c>). It runs in a scope once
/// the schema is up to date, with the portal's configuration.
/// </summary>
public interface IPortalCommand
{
    /// <summary>The words that name it, e.g. <c>["search", "rebuild"]</c>.</summary>
    IReadOnlyList<string> Name { get; }

    /// <summary>One line for the list of commands.</summary>
    string Description { get; }

    /// <summary>The exit code: 0 when it did what it was asked.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
