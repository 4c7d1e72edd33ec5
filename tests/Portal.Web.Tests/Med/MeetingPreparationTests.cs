using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Metadata;
using Portal.Med;

namespace Portal.Web.Tests.Med;

public sealed class PostgresMedFixture() : MedFixture("Postgres");

/// <summary>
/// A secretary's way through a meeting as the MED editors are built now: the Sagsgang kept in the
/// order chosen, carrying a case on, attendance from the roster and fields added at run time.
/// </summary>
public abstract partial class MeetingPreparationTests<TFixture>(TFixture fixture)
    where TFixture : MedFixture
{
    [Fact]
    public async Task A_case_is_carried_along_its_Sagsgang_in_the_order_chosen_and_shows_each_committees_decision()
    {
        var manager = await fixture.LoginAsync("redaktoer");
        var hovedudvalget = CommitteeLink().Matches(await manager.GetPageAsync("/committees")).First(m => m.Groups[2].Value == "Hovedudvalget").Groups[1].Value;
        var here = await NewMeetingAsync(manager, fixture.CommitteeId, "2026-11-10", "Planned");
        var there = await NewMeetingAsync(manager, hovedudvalget, DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "AgendaPublished");

        // Testudvalget first, though Hovedudvalget comes first alphabetically.
        var added = await manager.Http.PostAsync($"/meetings/{here}/items/new", await FormAsync(manager, $"/meetings/{here}/items/new",
        [
            new("TitlePart.Title", "Fælles retningslinjer for seniorsamtaler"),
            new("AgendaItemPart.Number", "12/40"),
            new("AgendaItemPart.Kind", "Decision"),
            new("AgendaItemPart.Route", fixture.CommitteeId),
            new("AgendaItemPart.Route", ""),
            new("AgendaItemPart.Route", hovedudvalget),
            new("AgendaItemPart.Outcome", "Approved"),
            new("AgendaItemPart.DecisionText", "<p>Testudvalget anbefaler retningslinjerne.</p>"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var itemId = ItemEdit().Matches(await manager.GetPageAsync($"/meetings/{here}/edit")).Select(m => m.Groups[1].Value).Last();
        await SetStatusAsync(manager, here, "MinutesPublished");

        var editor = await manager.GetPageAsync($"/items/{itemId}/edit");
        var first = editor.IndexOf($"value=\"{fixture.CommitteeId}\" selected", StringComparison.Ordinal);
        Assert.True(first >= 0, "the first step is Testudvalget");
        Assert.True(editor.IndexOf($"value=\"{hovedudvalget}\" selected", StringComparison.Ordinal) > first, "Hovedudvalget comes after it");
        Assert.Contains("Send til Hovedudvalget", editor);

        var carry = await manager.PostFormAsync($"/items/{itemId}/edit", $"/items/{itemId}/carry", new() { ["targetMeetingId"] = there });
        Assert.Equal(HttpStatusCode.Redirect, carry.StatusCode);
        Assert.Equal($"/items/{itemId}/edit", carry.Headers.Location!.OriginalString);
        var landed = await manager.GetAsync(carry.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        var landing = WebUtility.HtmlDecode(await landed.Content.ReadAsStringAsync());
        Assert.Contains("Sagen er sendt videre til Møde i Hovedudvalget", landing);
        Assert.DoesNotContain("Send til Hovedudvalget", landing);

        var carriedId = Regex.Match(landing, "<strong>Hovedudvalget</strong>\\s*<span>\\s*–\\s*<a href=\"/items/([0-9a-z]{26})\"").Groups[1].Value;
        Assert.NotEqual("", carriedId);
        var carried = WebUtility.HtmlDecode(await manager.GetPageAsync($"/items/{carriedId}"));
        Assert.Contains("Fælles retningslinjer for seniorsamtaler", carried);
        Assert.Matches("<strong>Testudvalget</strong>[^<]*<span>[^<]*<a href=\"/items/" + itemId + "\">mødet <time[^>]*>10-11-2026</time></a>", carried);
        Assert.Contains("Testudvalget anbefaler retningslinjerne.", carried);
        Assert.Contains("Godkendt", carried);

        // A second carry is refused: the case has gone on.
        var again = await manager.PostFormAsync($"/items/{itemId}/edit", $"/items/{itemId}/carry", new() { ["targetMeetingId"] = there });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Single(Regex.Matches(await manager.GetPageAsync($"/meetings/{there}"), "<article class=\"agenda-item\""));
    }

    [Fact]
    public async Task A_workflow_carries_a_case_on_to_the_next_committees_next_meeting_once()
    {
        var manager = await fixture.LoginAsync("redaktoer");
        var hovedudvalget = CommitteeLink().Matches(await manager.GetPageAsync("/committees")).First(m => m.Groups[2].Value == "Hovedudvalget").Groups[1].Value;
        var here = await NewMeetingAsync(manager, fixture.CommitteeId, "2026-11-12", "AgendaPublished");
        await NewMeetingAsync(manager, hovedudvalget, DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "AgendaPublished");
        var added = await manager.Http.PostAsync($"/meetings/{here}/items/new", await FormAsync(manager, $"/meetings/{here}/items/new",
        [
            new("TitlePart.Title", "Sag der sendes videre af en arbejdsgang"),
            new("AgendaItemPart.Number", "7"),
            new("AgendaItemPart.Route", fixture.CommitteeId),
            new("AgendaItemPart.Route", hovedudvalget),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var itemId = ItemEdit().Matches(await manager.GetPageAsync($"/meetings/{here}/edit")).Select(m => m.Groups[1].Value).Last();

        await using var scope = fixture.Services.CreateAsyncScope();
        var definition = new Portal.Workflows.Models.WorkflowDefinition
        {
            Activities =
            [
                new() { Id = "start", Name = "ContentSubmitted", IsStart = true },
                new() { Id = "videre", Name = "CarryToNextCommittee" },
                new() { Id = "slut", Name = "Finish" },
            ],
            Transitions = [new("start", "Done", "videre"), new("videre", "Carried", "slut")],
        };
        var (saved, problems) = await scope.ServiceProvider.GetRequiredService<Portal.Workflows.Engine.WorkflowValidator>().SaveAsync(null, "Send videre " + Guid.NewGuid().ToString("n"), false, definition, "test");
        Assert.Empty(problems);
        var type = (await scope.ServiceProvider.GetRequiredService<Portal.Workflows.Engine.WorkflowTypeStore>().LatestAsync(saved!.WorkflowTypeId))!;
        var manage = scope.ServiceProvider.GetRequiredService<Portal.Workflows.Engine.WorkflowManager>();
        var input = new Portal.Core.Workflows.WorkflowInput("ContentSubmitted", "redaktoer", ContentType: MedTypes.AgendaItem);

        var run = await manage.StartAsync(type, type.Definition.Activities[0], input, itemId);
        Assert.Equal(Portal.Workflows.Models.WorkflowStatus.Finished, run.Status);

        var editor = WebUtility.HtmlDecode(await manager.GetPageAsync($"/items/{itemId}/edit"));
        var carriedId = Regex.Match(editor, "<strong>Hovedudvalget</strong>\\s*<span>\\s*–\\s*<a href=\"/items/([0-9a-z]{26})\"").Groups[1].Value;
        Assert.NotEqual("", carriedId);
        Assert.Contains("Sag der sendes videre af en arbejdsgang", await manager.GetPageAsync($"/items/{carriedId}"));

        // Run again: the case has gone on already, and no second item is made.
        var again = await manage.StartAsync(type, type.Definition.Activities[0], input, itemId);
        Assert.Equal(Portal.Workflows.Models.WorkflowStatus.Finished, again.Status);
        Assert.Single(Regex.Matches(WebUtility.HtmlDecode(await manager.GetPageAsync($"/items/{itemId}/edit")), "<strong>Hovedudvalget</strong>\\s*<span>\\s*–\\s*<a href"));
    }

    [Fact]
    public async Task An_item_is_on_its_meetings_agenda_from_the_moment_it_is_made_and_comes_last_until_moved()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var meetingId = await NewMeetingAsync(secretary, fixture.CommitteeId, "2026-11-12", "Planned");
        var openedBefore = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        var first = await AddItemAsync(secretary, meetingId, "Første punkt");
        var second = await AddItemAsync(secretary, meetingId, "Andet punkt");
        Assert.Equal([first, second], await AgendaOfAsync(secretary, meetingId));

        var moved = await secretary.PostFormAsync($"/meetings/{meetingId}/edit", $"/meetings/{meetingId}/agenda/{second}/move?offset=-1", new()
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(await secretary.GetPageAsync($"/meetings/{meetingId}/edit"), "ConcurrencyStamp"),
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var third = await AddItemAsync(secretary, meetingId, "Tredje punkt");
        Assert.Equal([second, first, third], await AgendaOfAsync(secretary, meetingId));

        // An order from a page that did not have the newest item yet would drop it: refused, nothing changed.
        var stale = await secretary.Http.PostAsync($"/meetings/{meetingId}/agenda/order", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.TokenOf(openedBefore)), new("concurrencyStamp", PortalClient.ValueOf(await secretary.GetPageAsync($"/meetings/{meetingId}/edit"), "ConcurrencyStamp")),
            new("order", first), new("order", second),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal([second, first, third], await AgendaOfAsync(secretary, meetingId));

        // Adding items does not change the meeting itself: its form, opened before them, still saves and keeps them.
        var saved = await secretary.Http.PostAsync($"/meetings/{meetingId}/edit", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.TokenOf(openedBefore)), new("ConcurrencyStamp", PortalClient.ValueOf(openedBefore, "ConcurrencyStamp")),
            new("MeetingPart.Date", "2026-11-12"), new("MeetingPart.Starts", "13:00"), new("MeetingPart.Ends", "15:00"), new("MeetingPart.Status", "Planned"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([second, first, third], await AgendaOfAsync(secretary, meetingId));
    }

    [Fact]
    public async Task Attendance_is_taken_from_the_committees_roster()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var meetingId = await NewMeetingAsync(secretary, fixture.CommitteeId, "2026-11-09", "Planned");
        var item = await secretary.Http.PostAsync($"/meetings/{meetingId}/items/new", await FormAsync(secretary, $"/meetings/{meetingId}/items/new",
            [new("TitlePart.Title", "Godkendelse af dagsorden"), new("AgendaItemPart.Number", "1")]));
        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);
        var form = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        var rows = AttendanceRow().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[2].Value), m => m.Groups[1].Value);
        Assert.Equal(["Udvalgsmedlem", "Udvalgssekretær"], rows.Keys.Order());

        var saved = await secretary.Http.PostAsync($"/meetings/{meetingId}/edit", await FormAsync(secretary, $"/meetings/{meetingId}/edit",
        [
            new("MeetingPart.Date", "2026-11-09"), new("MeetingPart.Starts", "09:00"), new("MeetingPart.Ends", "10:00"), new("MeetingPart.Status", "MinutesPublished"),
            new($"MeetingPart.Attendance[{rows["Udvalgsmedlem"]}].Name", "Udvalgsmedlem"), new($"MeetingPart.Attendance[{rows["Udvalgsmedlem"]}].Status", "SentApologies"),
            new($"MeetingPart.Attendance[{rows["Udvalgssekretær"]}].Name", "Udvalgssekretær"), new($"MeetingPart.Attendance[{rows["Udvalgssekretær"]}].Status", "Present"),
            new("MeetingPart.Guests", "Oplægsholder Otto"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var minutes = WebUtility.HtmlDecode(await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/meetings/{meetingId}"));
        Assert.Matches("id=\"fremmoede\"[\\s\\S]*Til stede:[\\s\\S]*Udvalgssekretær[\\s\\S]*Oplægsholder Otto[\\s\\S]*Afbud:[\\s\\S]*Udvalgsmedlem", minutes);
        var again = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        Assert.Matches($"name=\"MeetingPart.Attendance\\[{rows["Udvalgsmedlem"]}\\].Status\" id=\"[^\"]+\" value=\"SentApologies\" checked", again);
        // Who did not take part in an item is ticked from the same roster, guests written in.
        var itemId = ItemEdit().Matches(again).Select(m => m.Groups[1].Value).Last();
        var itemForm = WebUtility.HtmlDecode(await secretary.GetPageAsync($"/items/{itemId}/edit"));
        Assert.Matches("type=\"checkbox\" name=\"AgendaItemPart.Recusals\" id=\"[^\"]+\" value=\"Udvalgssekretær\"", itemForm);
        var recused = await secretary.Http.PostAsync($"/items/{itemId}/edit", await FormAsync(secretary, $"/items/{itemId}/edit",
        [
            new("TitlePart.Title", "Godkendelse af dagsorden"), new("AgendaItemPart.Number", "1"), new("AgendaItemPart.Outcome", "Approved"),
            new("AgendaItemPart.Recusals", "Udvalgssekretær"), new("AgendaItemPart.OtherRecusals", "Oplægsholder Otto"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, recused.StatusCode);
        var decided = WebUtility.HtmlDecode(await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/items/{itemId}"));
        Assert.Contains("Udvalgssekretær deltog ikke i behandling af punktet.", decided);
        Assert.Contains("Oplægsholder Otto deltog ikke i behandling af punktet.", decided);
        Assert.Matches("type=\"checkbox\" name=\"AgendaItemPart.Recusals\" id=\"[^\"]+\" value=\"Udvalgssekretær\" checked", WebUtility.HtmlDecode(await secretary.GetPageAsync($"/items/{itemId}/edit")));
    }

    [Fact]
    public async Task A_field_added_to_Dagsordenspunkt_at_run_time_is_edited_in_the_MED_editor_and_shown_on_the_item()
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>()
                .AlterTypeDefinitionAsync(MedTypes.AgendaItem, type => type.WithField("Sagsbehandler", FieldTypes.Text, f => f.DisplayName = "Sagsbehandler"));
        }

        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var meetingId = await NewMeetingAsync(secretary, fixture.CommitteeId, "2026-11-08", "AgendaPublished");
        var form = await secretary.GetPageAsync($"/meetings/{meetingId}/items/new");
        Assert.Contains("name=\"Fields.Sagsbehandler.Text\"", form);

        var added = await secretary.Http.PostAsync($"/meetings/{meetingId}/items/new", await FormAsync(secretary, $"/meetings/{meetingId}/items/new",
        [
            new("TitlePart.Title", "Sygefravær i hjemmeplejen"), new("AgendaItemPart.Number", "3"), new("Fields.Sagsbehandler.Text", "Karen Kjær"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var itemId = ItemEdit().Matches(await secretary.GetPageAsync($"/meetings/{meetingId}/edit")).Select(m => m.Groups[1].Value).Last();
        Assert.Contains("value=\"Karen Kjær\"", WebUtility.HtmlDecode(await secretary.GetPageAsync($"/items/{itemId}/edit")));
        var page = WebUtility.HtmlDecode(await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/items/{itemId}"));
        Assert.Contains("<strong>Sagsbehandler:</strong> Karen Kjær", page);
    }

    [Fact]
    public async Task A_field_added_to_Udvalg_at_run_time_is_edited_in_the_committee_editor_and_shown_on_its_page()
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>()
                .AlterTypeDefinitionAsync(MedTypes.Committee, type => type.WithField("Moedested", FieldTypes.Text, f => f.DisplayName = "Fast mødested"));
        }

        var admin = await fixture.LoginAsync("admin");
        var form = await admin.GetPageAsync($"/committees/{fixture.CommitteeId}/edit");
        Assert.Contains("name=\"Fields.Moedested.Text\"", form);

        var saved = await admin.Http.PostAsync($"/committees/{fixture.CommitteeId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["Name"] = "Testudvalget",
            ["Kind"] = "Hovedudvalg",
            ["Members[0].Name"] = "Udvalgsmedlem",
            ["Members[0].UserName"] = MedFixture.MemberUser,
            ["Members[0].Role"] = "Member",
            ["Members[1].Name"] = "Udvalgssekretær",
            ["Members[1].UserName"] = MedFixture.SecretaryUser,
            ["Members[1].Role"] = "Secretary",
            ["Fields.Moedested.Text"] = "Mødelokale 3, Rådhuset",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains("value=\"Mødelokale 3, Rådhuset\"", WebUtility.HtmlDecode(await admin.GetPageAsync($"/committees/{fixture.CommitteeId}/edit")));
        var page = WebUtility.HtmlDecode(await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/committees/{fixture.CommitteeId}"));
        Assert.Contains("<strong>Fast mødested:</strong> Mødelokale 3, Rådhuset", page);
    }

    private static async Task<string> NewMeetingAsync(PortalClient client, string committeeId, string date, string status)
    {
        var created = await client.PostFormAsync($"/committees/{committeeId}/meetings/new", $"/committees/{committeeId}/meetings/new", new()
        {
            ["MeetingPart.Date"] = date,
            ["MeetingPart.Starts"] = "09:00",
            ["MeetingPart.Ends"] = "10:00",
            ["MeetingPart.Status"] = status,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return MeetingId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
    }

    private static async Task SetStatusAsync(PortalClient client, string meetingId, string status)
    {
        var form = await client.GetPageAsync($"/meetings/{meetingId}/edit");
        var saved = await client.Http.PostAsync($"/meetings/{meetingId}/edit", await FormAsync(client, $"/meetings/{meetingId}/edit",
        [
            new("MeetingPart.Date", PortalClient.ValueOf(form, "MeetingPart.Date")), new("MeetingPart.Starts", "09:00"), new("MeetingPart.Ends", "10:00"), new("MeetingPart.Status", status),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<string> AddItemAsync(PortalClient client, string meetingId, string title)
    {
        var added = await client.Http.PostAsync($"/meetings/{meetingId}/items/new", await FormAsync(client, $"/meetings/{meetingId}/items/new",
            [new("TitlePart.Title", title), new("AgendaItemPart.Number", "1")]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetPageAsync($"/meetings/{meetingId}/edit"));
        return Regex.Match(page, $"href=\"/items/([0-9a-z]{{26}})/edit\">Rediger<span class=\"sr-only\"> {Regex.Escape(title)}</span>").Groups[1].Value is { Length: 26 } id
            ? id
            : throw new Xunit.Sdk.XunitException($"'{title}' is not on the agenda");
    }

    /// <summary>The item ids in the order the agenda editor lists them.</summary>
    private static async Task<List<string>> AgendaOfAsync(PortalClient client, string meetingId) =>
        [.. ItemEdit().Matches(await client.GetPageAsync($"/meetings/{meetingId}/edit")).Select(m => m.Groups[1].Value).Distinct()];

    /// <summary>The fields with the form page's antiforgery token and concurrency stamp (repeated names kept in order).</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(PortalClient client, string formPage, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync(formPage);
        return new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.TokenOf(page)), new("ConcurrencyStamp", PortalClient.ValueOf(page, "ConcurrencyStamp")), .. fields]);
    }

    [GeneratedRegex("href=\"/committees/([0-9a-z]{26})\">([^<]+)</a>")]
    private static partial Regex CommitteeLink();

    [GeneratedRegex("/meetings/([0-9a-z]{26})/edit")]
    private static partial Regex MeetingId();

    [GeneratedRegex("/items/([0-9a-z]{26})/edit")]
    private static partial Regex ItemEdit();

    [GeneratedRegex("name=\"MeetingPart.Attendance\\[(\\d+)\\].Name\" value=\"([^\"]+)\"")]
    private static partial Regex AttendanceRow();
}

public sealed class SqliteMeetingPreparationTests(MedFixture fixture) : MeetingPreparationTests<MedFixture>(fixture), IClassFixture<MedFixture>;

public sealed class PostgresMeetingPreparationTests(PostgresMedFixture fixture) : MeetingPreparationTests<PostgresMedFixture>(fixture), IClassFixture<PostgresMedFixture>;
