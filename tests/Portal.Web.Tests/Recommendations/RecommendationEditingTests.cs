using System.Net;
using System.Text.RegularExpressions;
using static Portal.Web.Tests.Recommendations.RecommendationSteps;

namespace Portal.Web.Tests.Recommendations;

/// <summary>
/// An editor writes a recommendation in the content admin: a draft stays out of every reader's
/// pages, lists and API until it is published; amounts are read as the reports write them, and
/// anything else is refused and nothing saved.
/// </summary>
public abstract partial class RecommendationEditingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task A_draft_recommendation_is_absent_for_employees_until_it_is_published()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var report = await ReportIdAsync(employee);
        var item = (await employee.GetJsonAsync("/api/recommendations"))[0].GetProperty("relatedItemIds")[0].GetString();

        var created = await editor.PostFormAsync("/admin/contents/create/Recommendation", "/admin/contents/create/Recommendation", Fields("Hemmeligt udkast til anbefaling", report, item!, "2,5 mio. kr.", publish: false));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;

        foreach (var url in new[] { "/recommendations", $"/recommendations/reports/{report}", $"/recommendations/reports/{report}/budget.csv", "/api/recommendations", $"/items/{item}" })
        {
            var page = await employee.GetPageAsync(url);
            Assert.DoesNotContain("Hemmeligt udkast", page, StringComparison.Ordinal);
            Assert.DoesNotContain(id, page, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/recommendations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/contents/{id}/edit")).StatusCode);

        var stamp = await ContentSteps.StampAsync(editor, id);
        var published = await editor.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/publish", new() { ["concurrencyStamp"] = stamp });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var recommendations = await employee.GetJsonAsync("/api/recommendations");
        var mine = recommendations.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.Equal(2_500_000m, mine.GetProperty("budgetLines")[0].GetProperty("kroner").GetDecimal());
        Assert.Contains("Anbefaling 9: Hemmeligt udkast til anbefaling", await employee.GetPageAsync($"/items/{item}"), StringComparison.Ordinal);
        Assert.Contains("2.500.000 kr.", await employee.GetPageAsync($"/recommendations/reports/{report}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mange penge")]
    [InlineData("200.00 kr.")]
    [InlineData("-5 kr.")]
    [InlineData("1,234 kr.")]
    public async Task An_amount_that_is_not_kroner_is_refused_naming_the_line_and_nothing_is_saved(string amount)
    {
        var editor = await factory.LoginAsync("redaktoer");
        var report = await ReportIdAsync(editor);
        var before = await editor.GetJsonAsync("/api/recommendations");

        var response = await editor.PostFormAsync("/admin/contents/create/Recommendation", "/admin/contents/create/Recommendation", Fields("Anbefaling med forkert beløb", report, null, amount, publish: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Budgetlinje 1, beløb: skriv et beløb i kroner", page, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(amount), page, StringComparison.Ordinal);
        Assert.Equal(before.GetArrayLength(), (await editor.GetJsonAsync("/api/recommendations")).GetArrayLength());
        Assert.DoesNotContain("Anbefaling med forkert beløb", await editor.GetPageAsync("/admin/contents"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_begins_is_refused()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var fields = Fields("Anbefaling med bagvendt periode", await ReportIdAsync(editor), null, "100.000 kr.", publish: true);
        fields["RecommendationPart.BudgetLines[0].FromYear"] = "2025";
        fields["RecommendationPart.BudgetLines[0].ToYear"] = "2024";

        var response = await editor.PostFormAsync("/admin/contents/create/Recommendation", "/admin/contents/create/Recommendation", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Budgetlinje 1, periode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string title, string report, string? item, string amount, bool publish)
    {
        var fields = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["RecommendationPart.ReportId"] = report,
            ["RecommendationPart.Number"] = "9",
            ["RecommendationPart.Status"] = "Proposed",
            ["RecommendationPart.Purpose"] = "<p>Et formål.</p>",
            ["RecommendationPart.Actions"] = "Første indsats\nAnden indsats",
            ["RecommendationPart.BudgetLines[0].Amount"] = amount,
            ["RecommendationPart.BudgetLines[0].FromYear"] = "2025",
            ["RecommendationPart.BudgetLines[0].ToYear"] = "2025",
            ["RecommendationPart.BudgetLines[0].FundingSource"] = "Central pulje",
            ["submit"] = publish ? "publish" : "save",
        };
        if (item is not null)
        {
            fields["RecommendationPart.RelatedItemIds"] = item;
        }

        return fields;
    }

    [GeneratedRegex("/admin/contents/([0-9a-z]{26})/edit")]
    private static partial Regex EditId();
}

public sealed class SqliteRecommendationEditingTests(PortalFactory factory) : RecommendationEditingTests<PortalFactory>(factory);

public sealed class PostgresRecommendationEditingTests(PostgresPortalFactory factory) : RecommendationEditingTests<PostgresPortalFactory>(factory);
