namespace Portal.Media.Services;

/// <summary>Bound from <c>Portal:Media</c> (environment: <c>Portal__Media__…</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>The largest file that may be uploaded, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>The most pixels an uploaded image may have (decoding it takes about four bytes each).</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>The longest side an uploaded image may have, in pixels.</summary>
    public int MaxImageSide { get; set; } = 12_000;

    /// <summary>How long a browser may reuse a file it has fetched before asking again (it is then answered 304 when unchanged).</summary>
    public int BrowserCacheSeconds { get; set; } = 600;
}
