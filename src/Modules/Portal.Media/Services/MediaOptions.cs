namespace Portal.Media.Services;

/// <summary>Bound from <c>Portal:Media</c> (environment: <c>Portal__Media__…</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>The largest file that may be uploaded, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>How long a browser may reuse a file it has fetched before asking again (it is then answered 304 when unchanged).</summary>
    public int BrowserCacheSeconds { get; set; } = 600;
}
