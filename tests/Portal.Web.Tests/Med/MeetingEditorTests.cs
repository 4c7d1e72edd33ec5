using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Med;

/// <summary>A secretary prepares the agenda, holds the meeting, records decisions and absences, publishes the minutes.</summary>
public sealed partial class MeetingEditorTests(MedFixture fixture) : IClassFixture<MedFixture>
{
    [Theory]
    [InlineData(MedFixture.SecretaryUser, HttpStatusCode.OK)]
    [InlineData("redaktoer", HttpStatusCode.OK)]
    [InlineData(MedFixture.MemberUser, HttpStatusCode.Forbidden)]
    [InlineData("medarbejder", HttpStatusCode.Forbidden)]
    public async Task Only_the_committees_secretaries_and_MED_managers_may_prepare_meetings(string user, HttpStatusCode expected)
    {
        var client = await fixture.LoginAsync(user);

        Assert.Equal(expected, (await client.GetAsync($"/committees/{fixture.CommitteeId}/meetings/new")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/meetings/{fixture.MeetingId}/edit")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/items/{fixture.OpenItemId}/edit")).StatusCode);
    }

    [Fact]
    public async Task Preparing_meetings_does_not_open_closed_items_to_non_members()
    {
        var manager = await fixture.LoginAsync("redaktoer");
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/items/{fixture.ClosedItemId}/edit")).StatusCode);
        Assert.DoesNotContain("Lukket testpunkt", await manager.GetPageAsync($"/meetings/{fixture.MeetingId}/edit"));
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/items/{fixture.ClosedItemId}/edit")).StatusCode);
        Assert.Contains("Lukket testpunkt", await secretary.GetPageAsync($"/meetings/{fixture.MeetingId}/edit"));
    }

    [Fact]
    public async Task A_refused_user_cannot_post_changes_either()
    {
        var employee = await fixture.LoginAsync("medarbejder");
        var token = PortalClient.TokenOf(await employee.GetPageAsync("/account/password"));

        var response = await employee.Http.PostAsync($"/meetings/{fixture.MeetingId}/items/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AgendaItemPart.Number"] = "9",
            ["TitlePart.Title"] = "Uvedkommende punkt",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Uvedkommende punkt", await (await fixture.LoginAsync(MedFixture.MemberUser)).GetPageAsync($"/meetings/{fixture.MeetingId}"));
    }

    [Fact]
    public async Task A_secretary_prepares_a_meeting_and_publishes_agenda_and_minutes()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var employee = await fixture.LoginAsync("medarbejder");

        var created = await secretary.PostFormAsync($"/committees/{fixture.CommitteeId}/meetings/new", $"/committees/{fixture.CommitteeId}/meetings/new", new()
        {
            ["MeetingPart.Date"] = "2026-11-10",
            ["MeetingPart.Starts"] = "09:00",
            ["MeetingPart.Ends"] = "11:30",
            ["MeetingPart.Location"] = "Mødelokale 2, Rådhuset",
            ["MeetingPart.Status"] = "Planned",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meetingId = MeetingId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
        Assert.Contains("Dagsordenen er ikke offentliggjort endnu", await employee.GetPageAsync($"/meetings/{meetingId}"));

        foreach (var (number, title) in new[] { ("1", "Godkendelse af dagsorden"), ("2", "Trivselsmåling 2026") })
        {
            var added = await secretary.PostFormAsync($"/meetings/{meetingId}/items/new", $"/meetings/{meetingId}/items/new", new()
            {
                ["AgendaItemPart.Number"] = number,
                ["TitlePart.Title"] = title,
                ["AgendaItemPart.Kind"] = "Decision",
                ["AgendaItemPart.CaseDescription"] = $"<p>Om {title}.</p><script>alert(1)</script>",
                ["AgendaItemPart.Proposer"] = "Formanden",
                ["AgendaItemPart.Proposal"] = "<p>Formanden indstiller, at punktet godkendes.</p>",
            });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var editor = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        var secondItem = ItemEdit().Matches(editor).Select(m => m.Groups[1].Value).Distinct().Last();
        var move = await secretary.PostFormAsync($"/meetings/{meetingId}/edit", $"/meetings/{meetingId}/agenda/{secondItem}/move?offset=-1", new()
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(editor, "ConcurrencyStamp"),
        });
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);

        await PublishAsync(secretary, meetingId, "AgendaPublished", apologies: "");
        var agenda = await employee.GetPageAsync($"/meetings/{meetingId}");
        Assert.True(agenda.IndexOf("Trivselsmåling 2026", StringComparison.Ordinal) < agenda.IndexOf("Godkendelse af dagsorden", StringComparison.Ordinal), "the moved item comes first");
        Assert.Contains("Formanden indstiller", agenda);
        Assert.DoesNotContain("alert(1)", agenda);
        Assert.DoesNotContain("Beslutning i", agenda);

        var itemForm = await secretary.GetPageAsync($"/items/{secondItem}/edit");
        var policyPage = Regex.Match(itemForm, "value=\"([0-9a-z]{26})\" />\\s*<label for=\"related-\\d+\">Om MED-portalen</label>").Groups[1].Value;
        var decide = await secretary.PostFormAsync($"/items/{secondItem}/edit", $"/items/{secondItem}/edit", new()
        {
            ["ConcurrencyStamp"] = PortalClient.ValueOf(itemForm, "ConcurrencyStamp"),
            ["AgendaItemPart.RelatedContentItemIds"] = policyPage,
            ["AgendaItemPart.Number"] = "2",
            ["TitlePart.Title"] = "Trivselsmåling 2026",
            ["AgendaItemPart.Kind"] = "Decision",
            ["AgendaItemPart.Proposer"] = "Formanden",
            ["AgendaItemPart.Proposal"] = "<p>Formanden indstiller, at punktet godkendes.</p>",
            ["AgendaItemPart.Outcome"] = "Approved",
            ["AgendaItemPart.DecisionText"] = "<p>Indstillingen blev godkendt.</p>",
            ["AgendaItemPart.Recusals"] = "Hanne Hansen",
        });
        Assert.Equal(HttpStatusCode.Redirect, decide.StatusCode);
        Assert.DoesNotContain("Trivselsmåling 2026", await employee.GetPageAsync($"/decisions?committee={fixture.CommitteeId}"));
        Assert.DoesNotContain("Indstillingen blev godkendt.", await employee.GetPageAsync($"/meetings/{meetingId}"));
        await PublishAsync(secretary, meetingId, "MinutesPublished", apologies: "Ole Andersen");

        var minutes = await employee.GetPageAsync($"/meetings/{meetingId}");
        Assert.Contains("Referat: Testudvalget 10-11-2026", minutes);
        Assert.Contains("Beslutning i Testudvalget den 10-11-2026", minutes);
        Assert.Contains("Indstillingen blev godkendt.", minutes);
        Assert.Contains("Hanne Hansen deltog ikke i behandling af punktet.", minutes);
        Assert.Contains("Ole Andersen", minutes);
        Assert.Contains("Til stede:", minutes);
        Assert.Contains("Sekretær Sune", minutes);
        Assert.Contains($"<a href=\"/content/{policyPage}\">Om MED-portalen</a>", minutes);
        Assert.Contains("Trivselsmåling 2026", await employee.GetPageAsync($"/decisions?committee={fixture.CommitteeId}&outcome=Approved"));
    }

    [Fact]
    public async Task Bad_input_gets_a_Danish_message_and_creates_nothing()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var before = await secretary.GetPageAsync($"/committees/{fixture.CommitteeId}");

        var response = await secretary.PostFormAsync($"/committees/{fixture.CommitteeId}/meetings/new", $"/committees/{fixture.CommitteeId}/meetings/new", new()
        {
            ["MeetingPart.Date"] = "2026-12-11",
            ["MeetingPart.Starts"] = "12:00",
            ["MeetingPart.Ends"] = "10:00",
        });
        var noTitle = await secretary.PostFormAsync($"/meetings/{fixture.MeetingId}/items/new", $"/meetings/{fixture.MeetingId}/items/new", new() { ["AgendaItemPart.Number"] = "7", ["TitlePart.Title"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mødet skal slutte efter, at det begynder.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Contains("Skriv en titel.", await noTitle.Content.ReadAsStringAsync());
        Assert.Equal(MeetingLinks().Count(before), MeetingLinks().Count(await secretary.GetPageAsync($"/committees/{fixture.CommitteeId}")));
    }

    [Fact]
    public async Task The_agenda_takes_a_whole_new_order_and_refuses_one_that_does_not_fit()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var editor = await secretary.GetPageAsync($"/meetings/{fixture.MeetingId}/edit");
        var token = PortalClient.TokenOf(editor);
        var stamp = PortalClient.ValueOf(editor, "ConcurrencyStamp");

        var bad = await secretary.Http.PostAsync($"/meetings/{fixture.MeetingId}/agenda/order", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("concurrencyStamp", stamp), new("order", fixture.OpenItemId),
        ]));
        var good = await secretary.Http.PostAsync($"/meetings/{fixture.MeetingId}/agenda/order", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("concurrencyStamp", stamp), new("order", fixture.ClosedItemId), new("order", fixture.OpenItemId),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var page = await (await fixture.LoginAsync(MedFixture.MemberUser)).GetPageAsync($"/meetings/{fixture.MeetingId}");
        var closed = page.IndexOf("Lukket testpunkt", StringComparison.Ordinal);
        Assert.True(closed >= 0 && closed < page.IndexOf("Åbent testpunkt", StringComparison.Ordinal), "the closed item now comes first");
    }

    [Fact]
    public async Task A_closed_items_bilag_is_served_to_members_only()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var form = await secretary.GetPageAsync($"/items/{fixture.ClosedItemId}/edit");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.TokenOf(form)), "__RequestVerificationToken" },
            { new StringContent(PortalClient.ValueOf(form, "ConcurrencyStamp")), "ConcurrencyStamp" },
            { new StringContent("2"), "AgendaItemPart.Number" },
            { new StringContent("Lukket testpunkt"), "TitlePart.Title" },
            { new StringContent("true"), "AgendaItemPart.IsClosed" },
            { new StringContent("Decision"), "AgendaItemPart.Kind" },
            { new StringContent("<p>Fortrolig sagsfremstilling</p>"), "AgendaItemPart.CaseDescription" },
        };
        var file = new ByteArrayContent(TinyPng);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        content.Add(file, "NewAttachments", "organisationsdiagram.png");

        var saved = await secretary.Http.PostAsync($"/items/{fixture.ClosedItemId}/edit", content);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var memberView = await (await fixture.LoginAsync(MedFixture.MemberUser)).GetPageAsync($"/items/{fixture.ClosedItemId}");
        var url = Regex.Match(memberView, "href=\"(/media/[0-9a-z]{26}/[^\"]+)\"").Groups[1].Value;
        Assert.Contains("organisationsdiagram.png", memberView);
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.LoginAsync(MedFixture.MemberUser)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.LoginAsync(MedFixture.SecretaryUser)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.LoginAsync("medarbejder")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.LoginAsync("redaktoer")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fixture.Anonymous().GetAsync(url)).StatusCode);
        Assert.DoesNotContain("organisationsdiagram.png", await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/items/{fixture.ClosedItemId}"));
    }

    [Fact]
    public async Task Minutes_of_a_meeting_that_has_not_begun_are_refused_and_nothing_changes()
    {
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var created = await secretary.PostFormAsync($"/committees/{fixture.CommitteeId}/meetings/new", $"/committees/{fixture.CommitteeId}/meetings/new", new()
        {
            ["MeetingPart.Date"] = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["MeetingPart.Starts"] = "09:00",
            ["MeetingPart.Ends"] = "10:00",
            ["MeetingPart.Status"] = "MinutesPublished",
        });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains("Referatet kan først offentliggøres, når mødet er begyndt.", await created.Content.ReadAsStringAsync());

        var planned = await secretary.PostFormAsync($"/committees/{fixture.CommitteeId}/meetings/new", $"/committees/{fixture.CommitteeId}/meetings/new", new()
        {
            ["MeetingPart.Date"] = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["MeetingPart.Starts"] = "09:00",
            ["MeetingPart.Ends"] = "10:00",
            ["MeetingPart.Status"] = "AgendaPublished",
        });
        var meetingId = MeetingId().Match(planned.Headers.Location!.OriginalString).Groups[1].Value;
        var form = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        var update = await secretary.Http.PostAsync($"/meetings/{meetingId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["MeetingPart.Date"] = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["MeetingPart.Starts"] = "09:00",
            ["MeetingPart.Ends"] = "10:00",
            ["MeetingPart.Status"] = "MinutesPublished",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, update.StatusCode);
        Assert.Contains("Dagsorden offentliggjort", await (await fixture.LoginAsync("medarbejder")).GetPageAsync($"/meetings/{meetingId}"));
    }

    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static async Task PublishAsync(PortalClient secretary, string meetingId, string status, string apologies)
    {
        var form = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        var response = await secretary.Http.PostAsync($"/meetings/{meetingId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["MeetingPart.Date"] = "2026-11-10",
            ["MeetingPart.Starts"] = "09:00",
            ["MeetingPart.Ends"] = "11:30",
            ["MeetingPart.Location"] = "Mødelokale 2, Rådhuset",
            ["MeetingPart.Status"] = status,
            ["MeetingPart.Attendance[0].Name"] = "Formand Fie",
            ["MeetingPart.Attendance[0].Status"] = "Present",
            ["MeetingPart.Attendance[1].Name"] = "Sekretær Sune",
            ["MeetingPart.Attendance[1].Status"] = "Present",
            ["MeetingPart.Attendance[2].Name"] = apologies,
            ["MeetingPart.Attendance[2].Status"] = "SentApologies",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("/meetings/([0-9a-z]{26})/edit")]
    private static partial Regex MeetingId();

    [GeneratedRegex("/items/([0-9a-z]{26})/edit")]
    private static partial Regex ItemEdit();

    [GeneratedRegex("/meetings/[0-9a-z]{26}\"")]
    private static partial Regex MeetingLinks();
}
