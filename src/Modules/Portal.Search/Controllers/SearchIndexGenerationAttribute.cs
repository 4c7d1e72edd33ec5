using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;
using Portal.Search.Services;

namespace Portal.Search.Controllers;

/// <summary>
/// A search page is cached per reader keys and query like every reader page, and per state of this
/// node's index as well: once the index has taken a change, the next search renders again, even
/// when the change was written on another node (whose write empties only that node's caches at once).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SearchIndexGenerationAttribute : Attribute, IReaderPageVariation
{
    public string Name => "search-index";

    public ValueTask<string> ValueAsync(HttpContext context) =>
        ValueTask.FromResult(context.RequestServices.GetRequiredService<SearchIndex>().Generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
