using System.Collections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Portal.Core.Hosting;

/// <summary>
/// The environment <c>dotnet run</c>'s launch profile asks for, as a default only. A launch profile's
/// variables replace the caller's, and WebApplication prefers DOTNET_ENVIRONMENT to
/// ASPNETCORE_ENVIRONMENT, so a profile that set either would turn
/// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> into Development (with demo accounts). The
/// profile sets <see cref="Variable"/> instead, which counts only when neither variable nor
/// <c>--environment</c> is given. A published portal has no launch profile: Production by default.
/// </summary>
public static class LaunchEnvironment
{
    public const string Variable = "PORTAL_DEFAULT_ENVIRONMENT";

    public static string? Default(string[] args) => Default(args, Environment.GetEnvironmentVariables());

    public static string? Default(string[] args, IDictionary environmentVariables)
    {
        var chosen = environmentVariables.Keys.Cast<string>().Any(key =>
                (key.Equals("ASPNETCORE_" + HostDefaults.EnvironmentKey, StringComparison.OrdinalIgnoreCase)
                    || key.Equals("DOTNET_" + HostDefaults.EnvironmentKey, StringComparison.OrdinalIgnoreCase))
                && !string.IsNullOrEmpty(environmentVariables[key] as string))
            || !string.IsNullOrEmpty(new ConfigurationBuilder().AddCommandLine(args).Build()[HostDefaults.EnvironmentKey]);
        return chosen ? null : environmentVariables[Variable] as string is { Length: > 0 } name ? name : null;
    }
}
