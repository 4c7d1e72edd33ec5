using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Recommendations;

namespace Portal.Web.Tests.Search;

/// <summary>What an employee finds in the demo portal (issue 16's "done when").</summary>
public sealed class DemoSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_employee_searching_fastholdelse_finds_the_recommendations_the_item_and_the_follow_up_with_snippets()
    {
        await factory.CatchUpAsync();
        var client = await factory.LoginAsync("medarbejder");

        var first = await client.SearchAsync("fastholdelse");

        // Hovedudvalget's item and the quarter's follow-up are among the first five, the report of
        // recommendations on the first page; every hit there shows where the word is.
        var top = first.Hits.Take(5).ToList();
        Assert.Contains(top, h => h is { TypeLabel: "Dagsordenspunkt", Title: "Temadrøftelse om fastholdelse og rekruttering", Committee: "Hovedudvalget" });
        Assert.Contains(top, h => h.TypeLabel == "Opfølgning" && h.Title.EndsWith("4. kvartal 2022", StringComparison.Ordinal));
        Assert.Contains(first.Hits, h => h.TypeLabel == "Rapport" && h.Title.StartsWith("Anbefalinger fra §17", StringComparison.Ordinal));
        Assert.All(first.Hits, h => Assert.True(
            h.Snippet.Contains("<mark>", StringComparison.Ordinal) || h.Title.Contains("fasthold", StringComparison.OrdinalIgnoreCase),
            $"'{h.Title}' shows neither the word in its title nor a marked snippet"));
        Assert.All(first.Hits, h => Assert.DoesNotContain("&#xA;", h.Snippet));

        // The recommendations that speak of it are found, and the facet counts them.
        Assert.True(first.Types["Recommendation"] >= 4, $"recommendations found: {first.Types.GetValueOrDefault("Recommendation")}");
        var recommendations = await client.SearchAsync("fastholdelse", "&type=Recommendation");
        Assert.Equal(first.Types["Recommendation"], recommendations.Total);
        Assert.All(recommendations.Hits, h => Assert.StartsWith("Anbefaling ", h.Title, StringComparison.Ordinal));
        Assert.Contains(recommendations.Hits, h => h.Snippet.Contains("<mark>fastholdelse</mark>", StringComparison.Ordinal));
    }

    /// <summary>
    /// A theme has no page of its own and is found through its report. With the report
    /// unpublished, nobody finds the theme; published again, the theme is found again, though the
    /// theme itself was not saved in between.
    /// </summary>
    [Fact]
    public async Task A_theme_is_found_again_when_its_report_is_published_again()
    {
        await factory.CatchUpAsync();
        var client = await factory.LoginAsync("medarbejder");
        const string Theme = "Fastholdelse af medarbejdere";
        Assert.Contains(Theme, (await client.SearchAsync("fastholdelse", "&type=RecommendationTheme")).Hits.Select(h => h.Title));

        string reportId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            reportId = await db.ContentItems.Where(c => c.Published && c.ContentType == RecommendationTypes.Report).Select(c => c.ContentItemId).SingleAsync();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            Assert.True((await content.UnpublishAsync(reportId, (await content.GetAsync(reportId, VersionOptions.Latest))!.ConcurrencyStamp)).Succeeded);
        }

        SearchAnswer whileUnpublished;
        try
        {
            await factory.CatchUpAsync();
            whileUnpublished = await client.SearchAsync("fastholdelse", "&type=RecommendationTheme");
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            await content.PublishAsync(reportId, (await content.GetAsync(reportId, VersionOptions.Latest))!.ConcurrencyStamp);
        }

        Assert.Equal(0, whileUnpublished.Total);
        await factory.CatchUpAsync();
        Assert.Contains(Theme, (await client.SearchAsync("fastholdelse", "&type=RecommendationTheme")).Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task The_demo_s_closed_item_is_found_by_Hovedudvalget_only()
    {
        await factory.CatchUpAsync();

        var outsider = await (await factory.LoginAsync("medarbejder")).SearchAsync("personalesag");
        var member = await (await factory.LoginAsync("hu.formand")).SearchAsync("personalesag");

        Assert.DoesNotContain(outsider.Hits, h => h.Title.StartsWith("Personalesag", StringComparison.Ordinal));
        Assert.Equal(member.Total - 1, outsider.Total);
        Assert.Contains(member.Hits, h => h.Title == "Personalesag (demo)" && h.Committee == "Hovedudvalget");
    }
}
