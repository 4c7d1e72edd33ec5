namespace Portal.Core.Modules;

/// <summary>
/// Declares an assembly as a portal module. Put it in the module's <c>Manifest.cs</c>.
/// The module's id is its assembly name; <see cref="Dependencies"/> names other modules by id.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string[] Dependencies { get; init; } = [];

    /// <summary>Themes are modules that only contribute layouts and assets.</summary>
    public bool IsTheme { get; init; }
}
