namespace Portal.Core.Modules;

/// <summary>Bound from <c>Portal:Modules</c>.</summary>
public sealed class ModuleOptions
{
    /// <summary>When set, only these modules (and nothing else) are enabled.</summary>
    public List<string>? Enabled { get; set; }

    /// <summary>Modules to leave out of the discovered set.</summary>
    public List<string> Disabled { get; set; } = [];
}
