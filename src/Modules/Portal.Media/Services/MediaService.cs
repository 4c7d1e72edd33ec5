using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Security.Claims;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Media.Models;

namespace Portal.Media.Services;

/// <summary>
/// A file to upload. <see cref="Length"/> is the size the sender announced, when known; it is checked
/// again while reading. <see cref="FromOperator"/>: a file the operator put beside a recipe, which the
/// upload size limit (a guard against what users send) does not apply to; every other check does.
/// </summary>
public sealed record UploadRequest(Stream Content, string? FileName, string UploadedBy, string? ContentItemId = null, long? Length = null, bool FromOperator = false);

/// <summary>The stored attachment, or the Danish reason the file was refused (and nothing stored).</summary>
public sealed record UploadResult(Attachment? Attachment, string? Error)
{
    public bool Succeeded => Attachment is not null;
}

public sealed record AttachmentSummary(string Id, string FileName, string MediaType, long Size, string? ContentItemId, string UploadedBy, DateTime UploadedUtc)
{
    public string Url => MediaUrls.For(Id, FileName);
}

public sealed record AttachmentPage(IReadOnlyList<AttachmentSummary> Rows, int Page, int PageCount, int Total);

public interface IMediaService
{
    /// <summary>Checks the file's type (by its content) and size, extracts its text and stores it. A refused file leaves nothing behind.</summary>
    Task<UploadResult> UploadAsync(UploadRequest request, CancellationToken cancellationToken = default);

    Task<Attachment?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>These attachments by id, those that exist: one query.</summary>
    Task<IReadOnlyDictionary<string, Attachment>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The file's bytes, or null when the store has lost them.</summary>
    Task<Stream?> OpenReadAsync(Attachment attachment, CancellationToken cancellationToken = default);

    /// <summary>
    /// An image at most <paramref name="width"/> (one of <see cref="ImageProcessor.Widths"/>) wide, made
    /// on first request and kept beside the original; null when the original is that narrow already,
    /// or is no image the portal resizes: then the original is what to serve.
    /// </summary>
    Task<Stream?> OpenWidthAsync(Attachment attachment, int width, CancellationToken cancellationToken = default);

    /// <summary>Makes the attachment belong to a content item, whose access rules it then follows. False when the attachment does not exist.</summary>
    Task<bool> AttachAsync(string attachmentId, string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest uploads first, of those the user may see: files of items they may read, and
    /// their own files not yet attached to anything.
    /// </summary>
    Task<AttachmentPage> ListAsync(ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The images among what <see cref="ListAsync"/> shows the user, newest first.</summary>
    Task<AttachmentPage> ListImagesAsync(ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken = default);
}

public static class MediaUrls
{
    /// <summary><c>/media/{id}/{name}</c>; the name is there for people and for the browser's "save as".</summary>
    public static string For(string id, string fileName) => $"/media/{id}/{Uri.EscapeDataString(fileName)}";

    public static string For(Attachment attachment) => For(attachment.Id, attachment.FileName);

    /// <summary>
    /// The image at a width, with a version from its content, so a browser may keep it for a year:
    /// the address changes when the file does.
    /// </summary>
    public static string For(Attachment attachment, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"{For(attachment)}?w={width}&v={VersionOf(attachment)}");

    /// <summary>"…?w=480&amp;v=… 480w, …": the widths a browser picks from for an image shown at most that wide.</summary>
    public static string Srcset(Attachment attachment) =>
        string.Join(", ", ImageProcessor.Widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{For(attachment, w)} {w}w")));

    public static string VersionOf(Attachment attachment) => attachment.Sha256[..12];

    /// <summary>Where the store keeps the copy of an image at a width.</summary>
    internal static string WidthPath(Attachment attachment, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"widths/{attachment.Id}/{width}{Path.GetExtension(attachment.StoragePath)}");
}

internal sealed class MediaService(
    PortalDbContext db,
    IFileStore store,
    IContentManager contentManager,
    IContentVisibility visibility,
    TextExtractor extractor,
    ImageProcessor images,
    AttachmentOwners owners,
    DataPaths dataPaths,
    IOptions<MediaOptions> options,
    Portal.Core.Search.ISearchIndexQueue searchIndex,
    IServiceScopeFactory scopes,
    TimeProvider clock) : IMediaService
{
    private const int BufferSize = 81920;

    public async Task<UploadResult> UploadAsync(UploadRequest request, CancellationToken cancellationToken = default)
    {
        var fileName = FileNames.Sanitize(request.FileName);
        var max = request.FromOperator ? long.MaxValue : options.Value.MaxUploadBytes;
        if (request.Length == 0)
        {
            return Refuse(Messages.Empty(fileName));
        }

        if (request.Length > max)
        {
            return Refuse(Messages.TooLarge(fileName, request.Length, max));
        }

        if (request.ContentItemId is { } contentItemId && await contentManager.GetAsync(contentItemId, VersionOptions.Latest) is null)
        {
            return Refuse(Messages.NoSuchItem);
        }

        // Beside the store's folder, so that the finished file is moved, not copied.
        var incoming = dataPaths.Combine("media", ".incoming");
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("n"));
        try
        {
            long size = 0;
            string sha256;
            MediaFileType? type;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
                try
                {
                    int read;
                    while ((read = await request.Content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                    {
                        size += read;
                        if (size > max)
                        {
                            return Refuse(Messages.TooLarge(fileName, null, max));
                        }

                        hash.AppendData(buffer, 0, read);
                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                if (size == 0)
                {
                    return Refuse(Messages.Empty(fileName));
                }

                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
                await file.FlushAsync(cancellationToken);
                type = FileTypeSniffer.Sniff(file);
            }

            if (FileTypeSniffer.CheckName(fileName, type) is { } refusal)
            {
                return Refuse(refusal);
            }

            if (MediaFileTypes.Images.Contains(type!))
            {
                if (images.Normalize(temp, type!, fileName) is { } notAnImage)
                {
                    return Refuse(notAnImage);
                }

                // Re-encoded without its metadata: the stored bytes are new.
                (size, sha256) = await MeasureAsync(temp, cancellationToken);
            }

            var text = extractor.Extract(temp, type!, fileName);
            var id = IdGenerator.NewId();
            var now = clock.GetUtcNow().UtcDateTime;
            var attachment = new Attachment
            {
                Id = id,
                ContentItemId = request.ContentItemId,
                FileName = fileName,
                MediaType = type!.MediaType,
                Size = size,
                Sha256 = sha256,
                StoragePath = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{id}{Path.GetExtension(fileName).ToLowerInvariant()}"),
                ExtractedText = text,
                UploadedBy = request.UploadedBy,
                UploadedUtc = now,
            };

            await store.StoreAsync(attachment.StoragePath, temp, cancellationToken);
            try
            {
                db.Add(attachment);
                if (attachment.ContentItemId is { } owner && text is not null)
                {
                    // The item's text for search now includes the file's.
                    searchIndex.Queue(owner);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                db.Entry(attachment).State = EntityState.Detached;
                await store.DeleteAsync(attachment.StoragePath, CancellationToken.None);
                throw;
            }

            return new UploadResult(attachment, null);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static async Task<(long Size, string Sha256)> MeasureAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        return (file.Length, Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken)));
    }

    public Task<Attachment?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyDictionary<string, Attachment>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0
            ? new Dictionary<string, Attachment>()
            : await db.Set<Attachment>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

    public Task<Stream?> OpenReadAsync(Attachment attachment, CancellationToken cancellationToken = default) =>
        store.OpenReadAsync(attachment.StoragePath, cancellationToken);

    public async Task<Stream?> OpenWidthAsync(Attachment attachment, int width, CancellationToken cancellationToken = default)
    {
        if (!ImageProcessor.Widths.Contains(width) || MediaFileTypes.ByMediaType(attachment.MediaType) is not { } type || !ImageProcessor.Handles(type))
        {
            return null;
        }

        var path = MediaUrls.WidthPath(attachment, width);
        if (await store.OpenReadAsync(path, cancellationToken) is { } made)
        {
            return made;
        }

        byte[]? resized;
        await using (var original = await store.OpenReadAsync(attachment.StoragePath, cancellationToken))
        {
            resized = original is null ? null : ImageProcessor.Resize(original, type, width);
        }

        if (resized is null)
        {
            return null;
        }

        var incoming = dataPaths.Combine("media", ".incoming");
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("n"));
        try
        {
            await File.WriteAllBytesAsync(temp, resized, cancellationToken);
            await store.StoreAsync(path, temp, cancellationToken);
        }
        catch (IOException) when (File.Exists(temp))
        {
            // Another request stored the same copy first; theirs is as good.
        }
        finally
        {
            File.Delete(temp);
        }

        return new MemoryStream(resized, writable: false);
    }

    public async Task<bool> AttachAsync(string attachmentId, string contentItemId, CancellationToken cancellationToken = default)
    {
        var owner = await db.Set<Attachment>().AsNoTracking().Where(a => a.Id == attachmentId).Select(a => new { a.ContentItemId }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return false;
        }

        if (owner.ContentItemId == contentItemId)
        {
            return true;
        }

        if (!await owners.AttachAsync(attachmentId, contentItemId, cancellationToken))
        {
            return false;
        }

        // The item was saved (and may have been indexed) before the file was its own: search takes
        // it again. In a scope of its own, so nothing else the caller has pending (a save that was
        // refused) is saved with the task.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Portal.Core.Search.ISearchIndexQueue>().Queue(contentItemId);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveOperationalChangesAsync(cancellationToken);
        return true;
    }

    public async Task<AttachmentPage> ListAsync(ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken = default) =>
        await PageAsync(await VisibleToAsync(user), page, pageSize, cancellationToken);

    public async Task<AttachmentPage> ListImagesAsync(ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var images = MediaFileTypes.Images.Select(t => t.MediaType).ToList();
        return await PageAsync((await VisibleToAsync(user)).Where(a => images.Contains(a.MediaType)), page, pageSize, cancellationToken);
    }

    /// <summary>Files of items the user may read, and their own files not yet attached to anything.</summary>
    private async Task<IQueryable<Attachment>> VisibleToAsync(ClaimsPrincipal user)
    {
        var userName = user.Identity?.Name ?? "";
        var readable = visibility.Versions(await visibility.KeysOfAsync(user)).Where(c => c.Latest || c.Published).Select(c => c.ContentItemId);
        return db.Set<Attachment>().AsNoTracking()
            .Where(a => a.ContentItemId == null ? a.UploadedBy == userName : readable.Contains(a.ContentItemId));
    }

    private static async Task<AttachmentPage> PageAsync(IQueryable<Attachment> attachments, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await attachments.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await attachments
            .OrderByDescending(a => a.UploadedUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AttachmentSummary(a.Id, a.FileName, a.MediaType, a.Size, a.ContentItemId, a.UploadedBy, a.UploadedUtc))
            .ToListAsync(cancellationToken);
        return new AttachmentPage(rows, page, pageCount, total);
    }

    private static UploadResult Refuse(string message) => new(null, message);
}

/// <summary>What a person is told when a file is refused.</summary>
internal static class Messages
{
    public const string NoFile = "Vælg en fil at uploade.";
    public const string NoSuchItem = "Indholdet, som filen skulle høre til, findes ikke.";
    public const string Unreadable = "Filen kunne ikke modtages. Prøv igen.";

    public static string Empty(string fileName) => $"Filen '{fileName}' er tom.";

    public static string TooLarge(string? fileName, long? size, long max) =>
        (fileName is null ? "Filen er for stor" : $"Filen '{fileName}' er for stor")
        + (size is { } s ? $" ({FileNames.FormatSize(s)})" : "")
        + $". Filer må højst fylde {FileNames.FormatSize(max)}.";
}
