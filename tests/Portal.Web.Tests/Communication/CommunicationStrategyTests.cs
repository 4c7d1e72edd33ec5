using System.Net;
using System.Text.RegularExpressions;
using static Portal.Web.Tests.Communication.CommunicationSteps;

namespace Portal.Web.Tests.Communication;

/// <summary>
/// An editor writes the communication strategy; its page shows the goals, channels and the
/// recommendation it answers, and a channel plan placing each published story the reader may see in
/// its channels' cells of the quarter it was published. Drafts and what the reader may not see stay out.
/// </summary>
public abstract partial class CommunicationStrategyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CommunicationFactory
{
    [Fact]
    public async Task The_channel_plan_places_published_stories_by_channel_and_quarter()
    {
        var suffix = Guid.NewGuid().ToString("n")[..6];
        await factory.SetNowAsync(new DateTimeOffset(2024, 2, 10, 10, 0, 0, TimeSpan.Zero));
        var editor = await factory.SignInAsync("redaktoer");
        var image = await UploadImageAsync(editor, "plan.jpg");
        var spring = await PublishStoryAsync(editor, StoryFields($"Forårshistorie {suffix}", image, channels: "SocialMedia,Website"));

        await factory.SetNowAsync(new DateTimeOffset(2024, 8, 15, 10, 0, 0, TimeSpan.Zero));
        editor = await factory.SignInAsync("redaktoer");
        var summer = await PublishStoryAsync(editor, StoryFields($"Sommerhistorie {suffix}", image, channels: "Intranet"));
        await PublishStoryAsync(editor, StoryFields($"{CommunicationFactory.EditorsOnly}: plan {suffix}", image, channels: "SocialMedia"));
        Assert.Equal(HttpStatusCode.Redirect, (await CreateStoryAsync(editor, StoryFields($"Kladdehistorie {suffix}", image, channels: "SocialMedia"), publish: false)).StatusCode);
        var taken = await PublishStoryAsync(editor, StoryFields($"Tilbagetrukket historie {suffix}", image, channels: "SocialMedia"));
        var stamp = await ContentSteps.StampAsync(editor, taken);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/contents/{taken}/edit", $"/admin/contents/{taken}/unpublish", new() { ["concurrencyStamp"] = stamp })).StatusCode);

        var form = await editor.GetPageAsync("/admin/contents/create/CommunicationStrategy");
        var recommendation8 = RecommendationChoice().Match(form);
        Assert.True(recommendation8.Success, "The editor offers recommendation 8 of the demo data.");
        var created = await editor.PostFormAsync("/admin/contents/create/CommunicationStrategy", "/admin/contents/create/CommunicationStrategy", new()
        {
            ["TitlePart.Title"] = $"Strategi {suffix}",
            ["CommunicationStrategyPart.Introduction"] = "<p>Sådan fortæller vi.</p>",
            ["CommunicationStrategyPart.Goals"] = "At flere får lyst til at arbejde i kommunen.\r\nAt kollegerne kender de gode historier.",
            ["CommunicationStrategyPart.TargetGroups"] = "Elever\nNyuddannede",
            ["CommunicationStrategyPart.Channels[0].Channel"] = "Intranet",
            ["CommunicationStrategyPart.Channels[0].Priority"] = "Low",
            ["CommunicationStrategyPart.Channels[0].Owner"] = "Velfærdssekretariatet",
            ["CommunicationStrategyPart.Channels[1].Channel"] = "SocialMedia",
            ["CommunicationStrategyPart.Channels[1].Priority"] = "High",
            ["CommunicationStrategyPart.Channels[1].Owner"] = "Kommunikationsafdelingen",
            ["CommunicationStrategyPart.CentralResponsibilities"] = "Professionelt indhold",
            ["CommunicationStrategyPart.DecentralResponsibilities"] = "Finde historierne",
            ["CommunicationStrategyPart.RecommendationIds"] = recommendation8.Groups[1].Value,
            ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var strategy = IdOf(created);

        var employee = await factory.SignInAsync("medarbejder");
        var page = WebUtility.HtmlDecode(await employee.GetPageAsync($"/communication/strategy/{strategy}?year=2024"));
        Assert.Contains("At kollegerne kender de gode historier.", page, StringComparison.Ordinal);
        Assert.Contains("Anbefaling 8. Kommunikation", page, StringComparison.Ordinal);
        Assert.Contains("Kommunikationsafdelingen", page, StringComparison.Ordinal);

        Assert.Contains($"/stories/{spring}", Cell(page, "2024Q1", "SocialMedia"), StringComparison.Ordinal);
        Assert.Contains($"Forårshistorie {suffix}", Cell(page, "2024Q1", "Website"), StringComparison.Ordinal);
        Assert.Contains($"Sommerhistorie {suffix}", Cell(page, "2024Q3", "Intranet"), StringComparison.Ordinal);
        Assert.DoesNotContain(suffix, Cell(page, "2024Q3", "SocialMedia"), StringComparison.Ordinal);
        Assert.DoesNotContain(suffix, Cell(page, "2024Q1", "Intranet"), StringComparison.Ordinal);
        Assert.Contains($"/stories/{summer}", Cell(page, "2024Q3", "Intranet"), StringComparison.Ordinal);

        // The strategy's channels by priority (social media before the intranet), then one stories went to that it does not name.
        var rows = PlanRows().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["SocialMedia", "Intranet", "Website"], rows);
        Assert.Contains("Ikke i strategien", page, StringComparison.Ordinal);

        // Neither the draft, the story taken back, nor the story the employee may not read.
        Assert.DoesNotContain($"Kladdehistorie {suffix}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Tilbagetrukket historie {suffix}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"{CommunicationFactory.EditorsOnly}: plan {suffix}", page, StringComparison.Ordinal);
        var editorsPage = WebUtility.HtmlDecode(await editor.GetPageAsync($"/communication/strategy/{strategy}?year=2024"));
        Assert.Contains($"{CommunicationFactory.EditorsOnly}: plan {suffix}", Cell(editorsPage, "2024Q3", "SocialMedia"), StringComparison.Ordinal);

        // Another year has its own plan; a year that cannot be read is refused in Danish.
        Assert.DoesNotContain(suffix, WebUtility.HtmlDecode(await employee.GetPageAsync($"/communication/strategy/{strategy}?year=2023")).Replace($"Strategi {suffix}", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var bad = await employee.GetAsync($"/communication/strategy/{strategy}?year=tyve");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Året 'tyve' kan ikke vises", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await employee.GetPageAsync("/communication/strategy"));
        Assert.Contains($"/communication/strategy/{strategy}", list, StringComparison.Ordinal);
        Assert.Contains("/communication/strategy", await employee.GetPageAsync("/stories"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_named_twice_is_refused_and_nothing_is_saved()
    {
        var editor = await factory.SignInAsync("redaktoer");
        var response = await editor.PostFormAsync("/admin/contents/create/CommunicationStrategy", "/admin/contents/create/CommunicationStrategy", new()
        {
            ["TitlePart.Title"] = "Strategi med dobbelt kanal",
            ["CommunicationStrategyPart.Channels[0].Channel"] = "Website",
            ["CommunicationStrategyPart.Channels[1].Channel"] = "Website",
            ["CommunicationStrategyPart.Channels[2].Owner"] = "Uden kanal",
            ["submit"] = "publish",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Kanal 2: Hjemmesiden står allerede i en række ovenfor.", page, StringComparison.Ordinal);
        Assert.Contains("Kanal 3: vælg kanalen.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategi med dobbelt kanal", await editor.GetPageAsync("/admin/contents?type=CommunicationStrategy"), StringComparison.Ordinal);
    }

    /// <summary>The contents of the plan's cell for a quarter ("2024Q1") and channel.</summary>
    private static string Cell(string page, string quarter, string channel)
    {
        var match = Regex.Match(page, $"<td data-quarter=\"{quarter}\" data-channel=\"{channel}\">(.*?)</td>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The plan has no cell for {channel} in {quarter}.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<td data-quarter=\"[0-9Q]+\" data-channel=\"([A-Za-z]+)\">")]
    private static partial Regex PlanRows();

    [GeneratedRegex("id=\"strategy-recommendation-([0-9a-z]{26})\"[^>]*>\\s*<label[^>]*>8\\. Kommunikation</label>")]
    private static partial Regex RecommendationChoice();
}

public sealed class SqliteCommunicationStrategyTests(CommunicationFactory factory) : CommunicationStrategyTests<CommunicationFactory>(factory);

public sealed class PostgresCommunicationStrategyTests(PostgresCommunicationFactory factory) : CommunicationStrategyTests<PostgresCommunicationFactory>(factory);
