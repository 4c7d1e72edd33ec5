using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Core.Content.Display;
using Portal.Recommendations.Drivers;
using Portal.Recommendations.Models;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Tests;

/// <summary>What the editors accept: budget lines as typed, and focus areas that keep their ids.</summary>
public sealed class EditingRulesTests
{
    [Fact]
    public void Budget_lines_are_read_as_typed_and_empty_rows_are_left_out()
    {
        var updater = new Updater();

        var lines = RecommendationPartDriver.BudgetLinesOf(
        [
            new() { Amount = "3,6 mio. kr.", FromYear = 2024, ToYear = 2025, FundingSource = " Central pulje ", Purpose = "Trivselsteam" },
            new(),
            new() { Amount = "200.000 kr.", FromYear = 2024 },
        ], updater);

        Assert.True(updater.ModelState.IsValid);
        Assert.Equal([new BudgetLine(3_600_000m, 2024, 2025, "Central pulje", "Trivselsteam"), new BudgetLine(200_000m, 2024, 2024, "", "")], lines);
    }

    [Theory]
    [InlineData("mange penge", 2024, 2024, "RecommendationPart.BudgetLines[1].Amount", "Budgetlinje 2, beløb: skriv et beløb i kroner")]
    [InlineData("0 kr.", 2024, 2024, "RecommendationPart.BudgetLines[1].Amount", "Budgetlinje 2, beløb")]
    [InlineData("100.000 kr.", 2025, 2024, "RecommendationPart.BudgetLines[1].FromYear", "Budgetlinje 2, periode")]
    [InlineData("100.000 kr.", 1999, 2024, "RecommendationPart.BudgetLines[1].FromYear", "Budgetlinje 2, periode")]
    [InlineData("100.000 kr.", null, null, "RecommendationPart.BudgetLines[1].FromYear", "Budgetlinje 2, periode")]
    public void A_line_that_cannot_be_read_refuses_them_all_and_says_which(string amount, int? from, int? to, string key, string message)
    {
        var updater = new Updater();

        var lines = RecommendationPartDriver.BudgetLinesOf(
        [
            new() { Amount = "200.000 kr.", FromYear = 2024 },
            new() { Amount = amount, FromYear = from, ToYear = to },
        ], updater);

        Assert.Null(lines);
        Assert.StartsWith(message, Assert.Single(updater.ModelState[key]!.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Focus_areas_keep_their_ids_by_name_and_new_ones_get_ids_of_their_own()
    {
        List<FocusArea> before = [new("rekruttering", "Rekruttering"), new("fastholdelse", "Fastholdelse")];

        var after = StrategyPartDriver.FocusAreasOf(["Arbejdsmiljø og trivsel", "fastholdelse", "Rekruttering", "Rekruttering"], before);

        Assert.Equal([new("arbejdsmiljoe-og-trivsel", "Arbejdsmiljø og trivsel"), new("fastholdelse", "fastholdelse"), new("rekruttering", "Rekruttering")], after);
    }

    [Fact]
    public void A_new_area_never_takes_the_id_of_one_that_was_renamed_away()
    {
        List<FocusArea> before = [new("ledelse", "Ledelse")];

        var after = StrategyPartDriver.FocusAreasOf(["God ledelse", "Ledelse!"], before);

        Assert.Equal("god-ledelse", after[0].Id);
        Assert.Equal("ledelse-2", after[1].Id);
    }

    private sealed class Updater : IUpdateModel
    {
        public ModelStateDictionary ModelState { get; } = new();

        public Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix)
            where TModel : class => Task.FromResult(true);
    }
}
