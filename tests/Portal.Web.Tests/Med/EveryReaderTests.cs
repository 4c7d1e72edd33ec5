using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Metadata;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Med;
using Portal.Med.Models;
using Portal.Media.Services;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portal.Web.Tests.Med;

/// <summary>
/// A closed item, an item on a meeting whose agenda is not published, material shared in confidence
/// and a draft page, each with a secret word; their files; agenda items listable in the content admin.
/// </summary>
public sealed class EveryReaderFixture : MedFixture
{
    public const string OtherSecretary = "anden.sekretaer";
    public const string WebEditor = "webredaktoer";

    public string PlannedMeetingId { get; private set; } = "";

    public string PlannedItemId { get; private set; } = "";

    public string ConfidentialItemId { get; private set; } = "";

    public string DraftPageId { get; private set; } = "";

    public string ClosedFile { get; private set; } = "";

    public string PlannedFile { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var roles = services.GetRequiredService<RoleManager<PortalRole>>();

        // An editor of pages and files who does not manage MED.
        var role = new PortalRole { Name = "Webredaktør" };
        await roles.CreateAsync(role);
        foreach (var permission in new[] { "AccessAdmin", "ViewContent", "EditContent", "PublishContent", "DeleteContent", "ViewMedia", "UploadMedia", "ViewMed" })
        {
            await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission));
        }

        services.GetRequiredService<IPermissionService>().Invalidate();
        foreach (var (name, roleName) in new[] { (OtherSecretary, PortalRoles.Employee), (WebEditor, "Webredaktør") })
        {
            var user = new PortalUser { UserName = name, DisplayName = name };
            await users.CreateAsync(user, DemoPassword);
            await users.AddToRoleAsync(user, roleName);
        }

        var content = services.GetRequiredService<IContentManager>();
        var other = await NewAsync(content, MedTypes.Committee, "Andet udvalg");
        other.Apply(new CommitteePart { Kind = CommitteeKind.LocalMed, Members = [new CommitteeMember { Name = "Anden Sekretær", UserName = OtherSecretary, Role = CommitteeRole.Secretary }] });
        await content.CreateAsync(other, publish: true);

        ConfidentialItemId = await ItemAsync(content, "3", "Fortroligt testpunkt", isClosed: false, "Delt i fortrolighed", p => p.ConfidentialUntilUtc = DateTime.UtcNow.AddYears(5));

        var planned = await NewAsync(content, MedTypes.Meeting, "Planlagt møde");
        PlannedMeetingId = planned.ContentItemId;
        planned.Apply(new MeetingPart { CommitteeId = CommitteeId, StartsUtc = DateTime.UtcNow.AddDays(30), EndsUtc = DateTime.UtcNow.AddDays(30).AddHours(2), Status = MeetingStatus.Planned });
        await content.CreateAsync(planned, publish: true);
        var item = await content.NewAsync(MedTypes.AgendaItem);
        item.SetTitle("Hemmeligt udkast");
        item.Apply(new AgendaItemPart { MeetingId = PlannedMeetingId, Number = "1", CaseDescription = "<p>Endnu ikke offentliggjort</p>" });
        await content.CreateAsync(item, publish: true);
        PlannedItemId = item.ContentItemId;

        var page = await content.NewAsync("Page");
        page.SetTitle("Hemmelig kladde");
        await content.CreateAsync(page, publish: false);
        DraftPageId = page.ContentItemId;

        var media = services.GetRequiredService<IMediaService>();
        ClosedFile = await UploadAsync(media, "lukket-bilag.pdf", ClosedItemId);
        PlannedFile = await UploadAsync(media, "udkast-bilag.pdf", PlannedItemId);

        await services.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(MedTypes.AgendaItem, type => type.Listable());
    }

    private static async Task<string> UploadAsync(IMediaService media, string fileName, string itemId)
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddText("Bilag", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));
        using var stream = new MemoryStream(builder.Build());
        var result = await media.UploadAsync(new UploadRequest(stream, fileName, "admin", itemId));
        return result.Attachment!.Id;
    }
}

/// <summary>
/// Every reader against the closed item, the unpublished agenda, the confidential item and the draft:
/// an employee, an editor of pages who does not manage MED and a secretary of another committee see
/// none of it through pages, lists, admin screens, files, feeds, calendars or the API.
/// </summary>
public sealed class EveryReaderTests(EveryReaderFixture fixture) : IClassFixture<EveryReaderFixture>
{
    private static readonly string[] Secrets =
        ["Fortrolig sagsfremstilling", "Lukket testpunkt", "Hemmeligt udkast", "Endnu ikke offentliggjort", "Delt i fortrolighed", "Fortroligt testpunkt", "Hemmelig kladde", "lukket-bilag", "udkast-bilag"];

    public static TheoryData<string> Outsiders() => ["medarbejder", EveryReaderFixture.WebEditor, EveryReaderFixture.OtherSecretary];

    private IEnumerable<string> Routes() =>
    [
        "/", "/committees", $"/committees/{fixture.CommitteeId}", $"/committees/{fixture.CommitteeId}/minutes", "/committees/subscribe", $"/committees/{fixture.CommitteeId}/subscribe",
        $"/meetings/{fixture.MeetingId}", $"/meetings/{fixture.PlannedMeetingId}",
        $"/items/{fixture.ClosedItemId}", $"/items/{fixture.ConfidentialItemId}", $"/items/{fixture.PlannedItemId}", $"/content/{fixture.DraftPageId}",
        "/decisions", "/calendar.ics", $"/committees/{fixture.CommitteeId}/calendar.ics", "/minutes.atom", $"/committees/{fixture.CommitteeId}/minutes.atom",
        "/api/meetings", $"/api/meetings/{fixture.MeetingId}", $"/api/meetings/{fixture.PlannedMeetingId}", "/api/decisions",
        "/admin/contents", "/admin/contents?type=AgendaItem", "/admin/media",
        $"/admin/contents/{fixture.ClosedItemId}/edit", $"/admin/contents/{fixture.ClosedItemId}/preview", $"/admin/contents/{fixture.ClosedItemId}/versions",
        $"/admin/contents/{fixture.ClosedItemId}/compare", $"/admin/contents/{fixture.ClosedItemId}/delete",
        $"/admin/contents/{fixture.PlannedItemId}/preview", $"/admin/contents/{fixture.ConfidentialItemId}/compare", $"/admin/contents/{fixture.DraftPageId}/preview",
        $"/media/{fixture.ClosedFile}", $"/media/{fixture.PlannedFile}",
        $"/items/{fixture.ClosedItemId}/history", $"/items/{fixture.ClosedItemId}/history/compare",
        $"/items/{fixture.PlannedItemId}/history", $"/items/{fixture.PlannedItemId}/history/compare",
        $"/items/{fixture.ConfidentialItemId}/history", $"/items/{fixture.ConfidentialItemId}/history/compare",
    ];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task No_channel_shows_anything_of_closed_unpublished_confidential_or_draft_content(string user)
    {
        var client = await fixture.LoginAsync(user);
        foreach (var route in Routes())
        {
            var response = await client.GetAsync(route);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is 200 or 403 or 404, $"{route} as {user} gave {(int)response.StatusCode}");
            // An editor of pages may edit pages, so reads their drafts.
            foreach (var secret in Secrets.Where(s => user != EveryReaderFixture.WebEditor || s != "Hemmelig kladde"))
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{route} as {user} shows '{secret}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task The_resources_themselves_are_refused(string user)
    {
        var client = await fixture.LoginAsync(user);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/items/{fixture.PlannedItemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/content/{fixture.DraftPageId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/media/{fixture.ClosedFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/media/{fixture.PlannedFile}")).StatusCode);
        Assert.Contains("Lukket punkt", await client.GetPageAsync($"/items/{fixture.ClosedItemId}"));
        foreach (var item in new[] { fixture.ClosedItemId, fixture.PlannedItemId, fixture.ConfidentialItemId })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/items/{item}/history")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/items/{item}/history/compare")).StatusCode);
        }
    }

    [Fact]
    public async Task Calendars_and_feeds_leave_confidential_material_out_even_for_those_who_may_read_it()
    {
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        var page = await member.GetPageAsync($"/items/{fixture.ConfidentialItemId}");
        Assert.Contains("Delt i fortrolighed", page);
        Assert.Contains("Punktet er delt med dig i fortrolighed", page);
        Assert.DoesNotContain("Punktet er delt med dig i fortrolighed", await member.GetPageAsync($"/items/{fixture.OpenItemId}"));

        foreach (var feed in new[] { "/calendar.ics", $"/committees/{fixture.CommitteeId}/calendar.ics", "/minutes.atom", $"/committees/{fixture.CommitteeId}/minutes.atom" })
        {
            var body = await member.GetPageAsync(feed);
            Assert.DoesNotContain("Fortroligt testpunkt", body);
            Assert.DoesNotContain("Delt i fortrolighed", body);
        }

        // iCalendar folds long lines; unfolded, the item is there as what it is.
        Assert.Contains("3 Fortroligt punkt", (await member.GetPageAsync("/calendar.ics")).Replace("\r\n ", "", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editor_of_pages_may_not_edit_delete_or_compare_a_closed_item_in_the_content_admin()
    {
        var editor = await fixture.LoginAsync(EveryReaderFixture.WebEditor);

        foreach (var action in new[] { "edit", "preview", "versions", "compare", "delete" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/contents/{fixture.ClosedItemId}/{action}")).StatusCode);
        }

        var form = await editor.GetPageAsync("/admin/contents");
        var delete = await editor.Http.PostAsync($"/admin/contents/{fixture.ClosedItemId}/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["concurrencyStamp"] = Guid.NewGuid().ToString(),
        }));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Contains("Fortrolig sagsfremstilling", await (await fixture.LoginAsync(MedFixture.MemberUser)).GetPageAsync($"/items/{fixture.ClosedItemId}"));
    }

    [Fact]
    public async Task Those_entitled_read_it_the_member_the_closed_item_and_the_secretary_the_unpublished_agenda_and_its_file()
    {
        var member = await fixture.LoginAsync(MedFixture.MemberUser);
        var secretary = await fixture.LoginAsync(MedFixture.SecretaryUser);
        var pageEditor = await fixture.LoginAsync(EveryReaderFixture.WebEditor);

        Assert.Contains("Fortrolig sagsfremstilling", await member.GetPageAsync($"/items/{fixture.ClosedItemId}"));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/media/{fixture.ClosedFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/items/{fixture.PlannedItemId}")).StatusCode);
        Assert.Contains("Endnu ikke offentliggjort", await secretary.GetPageAsync($"/items/{fixture.PlannedItemId}"));
        Assert.Contains("Hemmeligt udkast", await secretary.GetPageAsync($"/meetings/{fixture.PlannedMeetingId}"));
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync($"/media/{fixture.PlannedFile}")).StatusCode);
        Assert.Contains("Hemmelig kladde", await pageEditor.GetPageAsync($"/admin/contents/{fixture.DraftPageId}/preview"));
    }

    [Fact]
    public async Task Publishing_the_agenda_opens_its_items_and_their_files_to_everyone_at_once()
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(fixture.PlannedMeetingId, VersionOptions.Latest))!;
            var version = (await content.BeginEditAsync(fixture.PlannedMeetingId, latest.ConcurrencyStamp))!;
            version.Alter<MeetingPart>(m => m.Status = MeetingStatus.AgendaPublished);
            await content.SaveAsync(version, publish: true);
        }

        try
        {
            var employee = await fixture.LoginAsync("medarbejder");
            Assert.Contains("Endnu ikke offentliggjort", await employee.GetPageAsync($"/items/{fixture.PlannedItemId}"));
            Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync($"/media/{fixture.PlannedFile}")).StatusCode);
        }
        finally
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(fixture.PlannedMeetingId, VersionOptions.Latest))!;
            var version = (await content.BeginEditAsync(fixture.PlannedMeetingId, latest.ConcurrencyStamp))!;
            version.Alter<MeetingPart>(m => m.Status = MeetingStatus.Planned);
            await content.SaveAsync(version, publish: true);
        }
    }
}
