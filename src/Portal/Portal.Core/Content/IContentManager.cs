namespace Portal.Core.Content;

public enum VersionOptions
{
    /// <summary>The published version, if any.</summary>
    Published,

    /// <summary>The newest version, published or draft.</summary>
    Latest,
}

public interface IContentManager
{
    /// <summary>A new, unsaved item of a defined type.</summary>
    Task<ContentItem> NewAsync(string contentType);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId);

    /// <summary>Every version of an item, newest first, including removed ones.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId);

    /// <summary>Saves a new item as its first version, published or as a draft.</summary>
    Task<ContentOperationResult> CreateAsync(ContentItem item, bool publish);

    /// <summary>
    /// The version an edit should be written into: the latest version itself, or a new version
    /// cloned from it when the type keeps versions or the latest is published and the type is
    /// draftable. Returns null when the item is gone. The edit is refused on save when
    /// <paramref name="expectedStamp"/> is no longer the latest version's stamp.
    /// </summary>
    Task<ContentItem?> BeginEditAsync(string contentItemId, Guid expectedStamp);

    /// <summary>Saves a version obtained from <see cref="BeginEditAsync"/>; publishes it when asked or when the type has no drafts.</summary>
    Task<ContentOperationResult> SaveAsync(ContentItem version, bool publish);

    Task<ContentOperationResult> PublishAsync(string contentItemId, Guid expectedStamp);

    Task<ContentOperationResult> UnpublishAsync(string contentItemId, Guid expectedStamp);

    /// <summary>
    /// Asks the handlers whether <paramref name="version"/> could be published, without publishing
    /// it or writing anything: the reason it would be refused, or null. For a publish planned ahead.
    /// </summary>
    Task<string?> CheckPublishAsync(ContentItem version);

    /// <summary>Takes the item out of use. Its versions stay in the database.</summary>
    Task<ContentOperationResult> RemoveAsync(string contentItemId, Guid expectedStamp);

    /// <summary>Makes a new latest version with the content of an older one.</summary>
    Task<ContentOperationResult> RestoreAsync(string contentItemVersionId, Guid expectedLatestStamp);

    /// <summary>
    /// Applies the visibility rules again to the item's published and latest versions, for rules
    /// that change with time (material shared in confidence until a given moment).
    /// </summary>
    Task RefreshReadersAsync(string contentItemId);

    /// <summary>
    /// Keeps an edit that lost a concurrency race as a version in the history, so nothing typed is
    /// lost. It does not become latest or published.
    /// </summary>
    Task<ContentItem> KeepConflictingEditAsync(ContentItem rejectedEdit);
}

public enum ContentOperationStatus
{
    Succeeded,
    NotFound,
    Conflict,
    Cancelled,
}

public sealed record ContentOperationResult(ContentOperationStatus Status, ContentItem? Item = null, string? Message = null)
{
    public bool Succeeded => Status == ContentOperationStatus.Succeeded;

    public static ContentOperationResult Success(ContentItem item) => new(ContentOperationStatus.Succeeded, item);

    public static ContentOperationResult NotFound() => new(ContentOperationStatus.NotFound, null, "Indholdet findes ikke længere.");

    public static ContentOperationResult Conflict(ContentItem? current) =>
        new(ContentOperationStatus.Conflict, current, "En anden har gemt en nyere version, mens du redigerede.");

    public static ContentOperationResult Cancelled(string reason) => new(ContentOperationStatus.Cancelled, null, reason);
}
