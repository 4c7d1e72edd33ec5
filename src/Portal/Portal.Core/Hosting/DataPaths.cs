namespace Portal.Core.Hosting;

/// <summary>The data folder (database, search index, media). Moved with <c>Portal__DataPath</c>.</summary>
public sealed class DataPaths(string root)
{
    public string Root { get; } = root;

    public string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Resolve(string contentRoot, string configured)
    {
        var path = Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured));
        Directory.CreateDirectory(path);
        return path;
    }
}
