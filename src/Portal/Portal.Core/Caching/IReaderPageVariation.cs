using Microsoft.AspNetCore.Http;

namespace Portal.Core.Caching;

/// <summary>
/// Endpoint metadata for a reader page that shows something of the reader's own beyond their
/// keys (whether they follow what the page is about): the page is cached per value as well, so
/// readers share a copy only when the value is the same.
/// </summary>
public interface IReaderPageVariation
{
    string Name { get; }

    ValueTask<string> ValueAsync(HttpContext context);
}
