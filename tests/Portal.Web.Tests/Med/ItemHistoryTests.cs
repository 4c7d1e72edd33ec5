using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Med;
using Portal.Med.Models;

namespace Portal.Web.Tests.Med;

/// <summary>
/// An agenda item's history for those who prepare its meeting: every version with who saved it and
/// when, two versions compared section by section, and an older version restored without losing any.
/// </summary>
public sealed partial class ItemHistoryTests(MedFixture fixture) : IClassFixture<MedFixture>
{
    public static TheoryData<string> Users() => [MedFixture.SecretaryUser, "redaktoer", MedFixture.MemberUser, "medarbejder"];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Who_may_see_an_items_history_is_decided_as_in_the_item_editor(string user)
    {
        var client = await fixture.LoginAsync(user);

        foreach (var id in new[] { fixture.OpenItemId, fixture.ClosedItemId, "01jzzzzzzzzzzzzzzzzzzzzzzz" })
        {
            var editor = (await client.GetAsync($"/items/{id}/edit")).StatusCode;
            Assert.Equal(editor, (await client.GetAsync($"/items/{id}/history")).StatusCode);
            Assert.Equal(editor, (await client.GetAsync($"/items/{id}/history/compare")).StatusCode);
        }
    }

    [Fact]
    public async Task The_history_lists_every_version_newest_first_and_the_latest_is_not_offered_to_compare_with_itself()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var id = await NewItemAsync("Trivsel i hjemmeplejen", "Første udkast.");
        await EditAsync(secretary, id, "Andet udkast med tal fra trivselsmålingen.", proposal: null);
        await EditAsync(secretary, id, "Andet udkast med tal fra trivselsmålingen.", proposal: "Formanden indstiller, at udvalget drøfter målingen.");

        var history = await secretary.GetPageAsync($"/items/{id}/history");

        Assert.Contains("Historik for punkt 7 Trivsel i hjemmeplejen", history);
        var older = RestoreAction().Matches(history).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, older.Count);
        var latest = LatestOf(history);
        Assert.DoesNotContain($"from={latest}&amp;to={latest}", history);
        Assert.Equal(2, Regex.Count(history, "Sammenlign med seneste"));
        Assert.Contains($"compare?from={older[0]}&amp;to={latest}\">Sammenlign med seneste<span class=\"sr-only\"> (version 2)</span>", history);
        Assert.Contains($"compare?from={older[1]}&amp;to={latest}\">Sammenlign med seneste<span class=\"sr-only\"> (version 1)</span>", history);
        Assert.True(history.IndexOf(">Gendan<span class=\"sr-only\"> version 2<", StringComparison.Ordinal) < history.IndexOf(">Gendan<span class=\"sr-only\"> version 1<", StringComparison.Ordinal), "newest first");
        Assert.Contains($"<td>{MedFixture.SecretaryUser}</td>", history);
        Assert.Equal(3, Regex.Count(history, "<td><time datetime="));
    }

    [Fact]
    public async Task Compare_shows_the_items_sections_with_their_Danish_labels_and_marks_what_changed()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var id = await NewItemAsync("Arbejdsmiljø på skolerne", "Skolerne har svaret.");
        await EditAsync(secretary, id, "Skolerne og dagtilbuddene har svaret.", proposal: "Formanden indstiller, at orienteringen tages til efterretning.");

        var compare = await secretary.GetPageAsync($"/items/{id}/history/compare");

        Assert.Contains("Sammenlign versioner af punkt 7 Arbejdsmiljø på skolerne", compare);
        Assert.Matches("Sagsfremstilling\\s+<span class=\"badge badge-warning\">Ændret</span>", compare);
        Assert.Contains("<ins><span class=\"sr-only\">[tilføjet: </span>og dagtilbuddene <span class=\"sr-only\">]</span></ins>", compare);
        Assert.Matches("Indstilling\\s+<span class=\"badge badge-warning\">Ændret</span>", compare);
        Assert.Matches("Hvem indstiller\\s+<span class=\"badge badge-warning\">Ændret</span>", compare);
        foreach (var unchanged in new[] { "Titel", "Nummer", "Punktets art", "Åben eller lukket sag" })
        {
            Assert.Contains($"<th scope=\"row\">{unchanged} </th>", compare);
        }

        // Sections the item does not use are left out.
        Assert.DoesNotContain("Lovgrundlag", compare);

        Assert.DoesNotContain("AgendaItemPart", compare);
        Assert.DoesNotContain("&lt;p&gt;", compare);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_it_the_published_latest_and_keeps_every_version()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var id = await NewItemAsync("Sygefravær 2026", "Fraværet er faldet.");
        await EditAsync(secretary, id, "Fraværet er steget.", proposal: null);
        var history = await secretary.GetPageAsync($"/items/{id}/history");
        var first = RestoreAction().Matches(history).Select(m => m.Groups[1].Value).Last();

        var restore = await secretary.PostFormAsync($"/items/{id}/history", $"/items/{id}/history/{first}/restore", new()
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(history, "concurrencyStamp"),
        });

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal($"/items/{id}/history", restore.Headers.Location!.OriginalString);
        var after = await secretary.GetPageAsync($"/items/{id}/history");
        Assert.Contains("Version 1 er gendannet som version 3. Den hidtidige version er bevaret i historikken.", after);
        Assert.Contains("Gendannet fra version 1", after);
        Assert.Equal(2, RestoreAction().Count(after));
        Assert.Contains("Fraværet er faldet.", await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/items/{id}"));
        var second = RestoreAction().Matches(after).Select(m => m.Groups[1].Value).First();
        Assert.Contains("Fraværet er steget.", await secretary.GetPageAsync($"/items/{id}/history/compare?from={second}&to={LatestOf(after)}"));
    }

    [Fact]
    public async Task A_restore_based_on_a_stale_history_is_refused_in_Danish_and_writes_nothing()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var id = await NewItemAsync("Budget for MED-uddannelse", "Budgettet er 40.000 kr.");
        await EditAsync(secretary, id, "Budgettet er 45.000 kr.", proposal: null);
        var history = await secretary.GetPageAsync($"/items/{id}/history");
        var first = RestoreAction().Matches(history).Select(m => m.Groups[1].Value).Last();
        await EditAsync(secretary, id, "Budgettet er 50.000 kr.", proposal: null);

        var restore = await secretary.PostFormAsync($"/items/{id}/history", $"/items/{id}/history/{first}/restore", new()
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(history, "concurrencyStamp"),
        });

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var after = await secretary.GetPageAsync($"/items/{id}/history");
        Assert.Contains("En anden har gemt punktet, siden du åbnede historikken. Intet er gendannet; se den nyeste version, og prøv igen.", after);
        Assert.DoesNotContain("Gendannet fra version", after);
        Assert.Equal(2, RestoreAction().Count(after));
        Assert.Contains("Budgettet er 50.000 kr.", await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/items/{id}"));
    }

    [Theory]
    [InlineData(MedFixture.MemberUser, HttpStatusCode.Forbidden)]
    [InlineData("medarbejder", HttpStatusCode.Forbidden)]
    public async Task Those_who_may_not_edit_cannot_restore_and_nothing_changes(string user, HttpStatusCode expected)
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var id = await NewItemAsync("Ny mødeplan", "Møderne flyttes til torsdage.");
        await EditAsync(secretary, id, "Møderne flyttes til tirsdage.", proposal: null);
        var history = await secretary.GetPageAsync($"/items/{id}/history");
        var first = RestoreAction().Matches(history).Select(m => m.Groups[1].Value).Last();
        var client = await fixture.LoginAsync(user);

        var restore = await client.PostFormAsync("/account/password", $"/items/{id}/history/{first}/restore", new()
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(history, "concurrencyStamp"),
        });

        Assert.Equal(expected, restore.StatusCode);
        Assert.Contains("Møderne flyttes til tirsdage.", await client.GetPageAsync($"/items/{id}"));
        Assert.DoesNotContain("Gendannet fra version", await secretary.GetPageAsync($"/items/{id}/history"));
    }

    [Fact]
    public async Task The_item_editor_links_to_the_history()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);

        Assert.Contains($"<a href=\"/items/{fixture.OpenItemId}/history\">Historik</a>", await secretary.GetPageAsync($"/items/{fixture.OpenItemId}/edit"));
        Assert.Contains($"<a href=\"/items/{fixture.OpenItemId}/history\">Historik<span class=\"sr-only\"> for Åbent testpunkt</span></a>", await secretary.GetPageAsync($"/meetings/{fixture.MeetingId}/edit"));
    }

    private async Task<string> NewItemAsync(string title, string description)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(MedTypes.AgendaItem);
        item.SetTitle(title);
        item.Apply(new AgendaItemPart { MeetingId = fixture.MeetingId, Number = "7", Kind = ItemKind.Decision, CaseDescription = $"<p>{description}</p>" });
        await content.CreateAsync(item, publish: true);
        return item.ContentItemId;
    }

    /// <summary>Saves the item in its editor as the secretary does, with a new description and proposal.</summary>
    private static async Task EditAsync(PortalClient secretary, string id, string description, string? proposal)
    {
        var form = await secretary.GetPageAsync($"/items/{id}/edit");
        var response = await secretary.Http.PostAsync($"/items/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["AgendaItemPart.Number"] = "7",
            ["TitlePart.Title"] = PortalClient.ValueOf(form, "TitlePart.Title"),
            ["AgendaItemPart.Kind"] = "Decision",
            ["AgendaItemPart.CaseDescription"] = $"<p>{description}</p>",
            ["AgendaItemPart.Proposer"] = proposal is null ? "" : "Formanden",
            ["AgendaItemPart.Proposal"] = proposal is null ? "" : $"<p>{proposal}</p>",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The latest version's id: the version every "compare with the latest" link compares to.</summary>
    private static string LatestOf(string history) =>
        Regex.Match(history, "compare\\?from=[0-9a-z]{26}&amp;to=([0-9a-z]{26})\">Sammenlign med seneste").Groups[1].Value;

    [GeneratedRegex("/items/[0-9a-z]{26}/history/([0-9a-z]{26})/restore")]
    private static partial Regex RestoreAction();
}
