namespace Portal.Core.Hosting;

/// <summary>Bound from the <c>Portal</c> section (environment: <c>Portal__…</c>).</summary>
public sealed class PortalOptions
{
    /// <summary>Where the database, search index and media live. Relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DemoOptions Demo { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();
}

public sealed class DemoOptions
{
    /// <summary>Password of the demo accounts. When empty, one is generated on first start and printed.</summary>
    public string? Password { get; set; }
}

public sealed class SetupOptions
{
    /// <summary>A recipe (file name under the host's Recipes folder, without ".recipe.json") run on first start
    /// in Development instead of showing the setup page. Ignored in every other environment.</summary>
    public string? Recipe { get; set; }
}

public sealed class SecurityOptions
{
    /// <summary>Send cookies only over HTTPS. Defaults to on outside Development; then a request over plain
    /// HTTP gets a page that says what to configure.</summary>
    public bool? SecureCookies { get; set; }

    /// <summary>Login posts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are trusted.
    /// Nobody else's are, not even the local machine's.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/24</c>) of reverse proxies whose forwarded headers are trusted.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
