using Portal.Core.Hosting;

namespace Portal.Media.Services;

/// <summary>Where the bytes of attachments live. Paths are relative and use '/'.</summary>
public interface IFileStore
{
    /// <summary>Takes over a finished local file: moved where the store is on the same disk, uploaded and deleted otherwise.</summary>
    Task StoreAsync(string path, string localFile, CancellationToken cancellationToken = default);

    /// <summary>The file's content, or null when the store does not have it.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>Files under <c>{data folder}/media</c>.</summary>
internal sealed class DiskFileStore(DataPaths dataPaths) : IFileStore
{
    private readonly string _root = Path.GetFullPath(dataPaths.Combine("media")) + Path.DirectorySeparatorChar;

    public Task StoreAsync(string path, string localFile, CancellationToken cancellationToken = default)
    {
        var target = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(localFile, target, overwrite: false);
        return Task.CompletedTask;
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        Stream? stream = File.Exists(file)
            ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        File.Delete(Resolve(path));
        return Task.CompletedTask;
    }

    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is outside the media folder.", nameof(path));
        }

        return full;
    }
}
