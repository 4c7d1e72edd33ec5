using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Search;

namespace Portal.Web.Tests.SearchDocuments;

/// <summary>How the tests find the demo's items and ask the platform for their search documents.</summary>
internal static class SearchDocumentSteps
{
    /// <summary>The published version of the one item of the type with this title.</summary>
    public static async Task<ContentItem> PublishedAsync(this PortalFactory factory, string contentType, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentItems.AsNoTracking().SingleAsync(c => c.Published && c.ContentType == contentType && c.DisplayText == title);
    }

    /// <summary>The latest version of the one item of the type with this title (a draft never published).</summary>
    public static async Task<ContentItem> LatestAsync(this PortalFactory factory, string contentType, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentItems.AsNoTracking().SingleAsync(c => c.Latest && c.ContentType == contentType && c.DisplayText == title);
    }

    public static async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(this PortalFactory factory, params string[] contentItemIds)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISearchDocumentSource>().BuildAsync(contentItemIds);
    }

    public static async Task<SearchDocument> DocumentAsync(this PortalFactory factory, string contentItemId) =>
        Assert.Single(await factory.DocumentsAsync(contentItemId));

    /// <summary>Every document a rebuild would write.</summary>
    public static async Task<List<SearchDocument>> AllDocumentsAsync(this PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var all = new List<SearchDocument>();
        await foreach (var batch in scope.ServiceProvider.GetRequiredService<ISearchDocumentSource>().BuildAllAsync())
        {
            all.AddRange(batch);
        }

        return all;
    }

    /// <summary>The page the hit leads to, as the user gets it (200, or the test fails).</summary>
    public static async Task<string> OpenAsync(this PortalFactory factory, string userName, SearchDocument document)
    {
        Assert.NotNull(document.Url);
        return await (await factory.LoginAsync(userName)).GetPageAsync(document.Url);
    }

    /// <summary>Each text in the body after the one before, failing on the first that is missing or out of order.</summary>
    public static void AssertInOrder(string body, params string[] texts)
    {
        var last = -1;
        foreach (var text in texts)
        {
            var at = body.IndexOf(text, last + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{text}' is not in the document after position {last}");
            last = at;
        }
    }

    public static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
}
