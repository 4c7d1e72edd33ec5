using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Communication.Indexes;
using Portal.Communication.Models;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Med;
using Portal.Med.Models;
using SkiaSharp;

namespace Portal.Web.Tests.Communication;

/// <summary>
/// The demo's Hovedudvalget meeting with its items found, and its closed item ticked as the meeting's
/// "Kommunikation fra mødet" with a text, as a secretary could by mistake.
/// </summary>
public class MeetingStoryFixture : PortalFactory, IAsyncLifetime
{
    public const string FirstParagraph =
        "Fastholdelse og rekruttering bliver et fast tema på Hovedudvalgets møder resten af året, og Hovedudvalget opfordrer Områdeudvalgene til at gøre det samme.";

    public MeetingStoryFixture()
    {
    }

    protected MeetingStoryFixture(string provider)
        : base(provider)
    {
    }

    public string MeetingId { get; private set; } = "";

    public string CommunicationItemId { get; private set; } = "";

    public string OpenItemId { get; private set; } = "";

    public string ClosedItemId { get; private set; } = "";

    /// <summary>A second open item ticked with a text, on the same meeting, for two editors at once.</summary>
    public string SecondItemId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var items = await db.ContentItems.AsNoTracking().Where(c => c.Published && c.ContentType == MedTypes.AgendaItem).ToListAsync();
        var communication = items.Single(i => i.DisplayText == "Kommunikation fra mødet");
        CommunicationItemId = communication.ContentItemId;
        MeetingId = communication.As<AgendaItemPart>().MeetingId;
        OpenItemId = items.Single(i => i.DisplayText == "Temadrøftelse om fastholdelse og rekruttering").ContentItemId;
        ClosedItemId = items.Single(i => i.DisplayText == "Personalesag (demo)").ContentItemId;

        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var latest = (await content.GetAsync(ClosedItemId, VersionOptions.Latest))!;
        var version = (await content.BeginEditAsync(ClosedItemId, latest.ConcurrencyStamp))!;
        version.Apply(new MeetingCommunicationPart { IsCommunicationItem = true, AgreedText = "Personalesagen er afsluttet, og medarbejderen fratræder." });
        Assert.True((await content.SaveAsync(version, publish: true)).Succeeded);

        var second = await content.NewAsync(MedTypes.AgendaItem);
        second.Apply(new Portal.Contents.Models.TitlePart { Title = "Nyt fra arbejdsgruppen" });
        second.Apply(new AgendaItemPart { MeetingId = MeetingId, Number = "4", Kind = ItemKind.Information });
        second.Apply(new MeetingCommunicationPart { IsCommunicationItem = true, AgreedText = "Arbejdsgruppen har holdt sit første møde." });
        Assert.True((await content.CreateAsync(second, publish: true)).Succeeded);
        SecondItemId = second.ContentItemId;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>How many stories there are, drafts included, and how many were made from the agenda item.</summary>
    public async Task<(int Stories, int FromItem)> CountAsync(string agendaItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stories = await db.ContentItems.AsNoTracking().Where(c => c.ContentType == "Story").Select(c => c.ContentItemId).Distinct().CountAsync();
        var fromItem = await db.Set<StoryFromMeetingIndex>().AsNoTracking().Where(r => r.AgendaItemId == agendaItemId).Select(r => r.ContentItemId).Distinct().CountAsync();
        return (stories, fromItem);
    }
}

public sealed class PostgresMeetingStoryFixture() : MeetingStoryFixture("Postgres");

/// <summary>
/// What Hovedudvalget agreed under "Kommunikation fra mødet" becomes one story draft, made by an
/// editor with the button on the item's page, linked both ways with the meeting; closed items never
/// become stories, and those who may not edit stories make nothing.
/// </summary>
public abstract class MeetingStoryTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : MeetingStoryFixture
{
    private const string Title = "Nyt fra Hovedudvalget 27. april 2023";

    [Fact]
    public async Task Hovedudvalgets_communication_item_becomes_one_story_draft_linked_both_ways()
    {
        var editor = await fixture.LoginAsync("redaktoer");
        var employee = await fixture.LoginAsync("medarbejder");
        var id = fixture.CommunicationItemId;
        var before = await fixture.CountAsync(id);
        Assert.Equal(0, before.FromItem);

        // Both read what the committee agreed; only the editor gets the button.
        var editorsItem = WebUtility.HtmlDecode(await editor.GetPageAsync($"/items/{id}"));
        Assert.Contains("Kommunikation fra mødet", editorsItem, StringComparison.Ordinal);
        Assert.Contains(MeetingStoryFixture.FirstParagraph, editorsItem, StringComparison.Ordinal);
        Assert.Contains("Lav et historieudkast", editorsItem, StringComparison.Ordinal);
        var employeesItem = WebUtility.HtmlDecode(await employee.GetPageAsync($"/items/{id}"));
        Assert.Contains(MeetingStoryFixture.FirstParagraph, employeesItem, StringComparison.Ordinal);
        Assert.DoesNotContain("Lav et historieudkast", employeesItem, StringComparison.Ordinal);

        var made = await DraftAsync(editor, id, fromForm: true);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var edit = made.Headers.Location!.OriginalString;
        Assert.Matches("^/admin/contents/[0-9a-z]{26}/edit$", edit);
        var storyId = edit.Split('/')[3];

        // The draft: a headline from the committee and day, the agreed text as lead and body, the link back.
        var draft = WebUtility.HtmlDecode(await editor.GetPageAsync(edit));
        Assert.Contains("Historieudkastet er lavet ud fra mødet", draft, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Title}\"", draft, StringComparison.Ordinal);
        Assert.Contains(MeetingStoryFixture.FirstParagraph + "</textarea>", draft, StringComparison.Ordinal);
        Assert.Contains("Arbejdsgruppen om generations- og seniorordninger fik input", draft, StringComparison.Ordinal);
        Assert.Matches($"Fra mødet:\\s*<a href=\"/meetings/{fixture.MeetingId}\">Hovedudvalget 27-04-2023</a>", draft);
        Assert.Contains($"<a href=\"/items/{id}\">Kommunikation fra mødet</a>", draft, StringComparison.Ordinal);

        // The item's page names the draft to editors, and the button is gone; employees see nothing of it.
        editorsItem = WebUtility.HtmlDecode(await editor.GetPageAsync($"/items/{id}"));
        Assert.Contains($"<a href=\"/admin/contents/{storyId}/edit\">{Title}</a>", editorsItem, StringComparison.Ordinal);
        Assert.Contains("kladde", editorsItem, StringComparison.Ordinal);
        Assert.DoesNotContain("Lav et historieudkast", editorsItem, StringComparison.Ordinal);
        Assert.DoesNotContain(Title, WebUtility.HtmlDecode(await employee.GetPageAsync($"/items/{id}")), StringComparison.Ordinal);
        Assert.DoesNotContain(Title, WebUtility.HtmlDecode(await employee.GetPageAsync("/stories")), StringComparison.Ordinal);
        Assert.DoesNotContain(Title, (await employee.GetJsonAsync("/api/stories")).ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/stories/{storyId}")).StatusCode);

        // Asking again gives the same draft; nothing more is made.
        var again = await DraftAsync(editor, id, fromForm: false);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(edit, again.Headers.Location!.OriginalString);
        Assert.Equal((before.Stories + 1, 1), await fixture.CountAsync(id));

        // Once the editor publishes it, employees follow the link both ways.
        await PublishAsync(editor, storyId);
        employeesItem = WebUtility.HtmlDecode(await employee.GetPageAsync($"/items/{id}"));
        Assert.Contains($"<a href=\"/stories/{storyId}\">{Title}</a>", employeesItem, StringComparison.Ordinal);
        Assert.Contains("udgivet", employeesItem, StringComparison.Ordinal);
        var story = WebUtility.HtmlDecode(await employee.GetPageAsync($"/stories/{storyId}"));
        Assert.Contains($"Fra mødet: <a href=\"/meetings/{fixture.MeetingId}\">Hovedudvalget 27-04-2023</a>", story, StringComparison.Ordinal);
        Assert.Contains(MeetingStoryFixture.FirstParagraph, story, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_asking_at_once_get_the_same_draft()
    {
        var editor = await fixture.LoginAsync("redaktoer");
        var admin = await fixture.LoginAsync("admin");

        // Both see the button before either presses it.
        var tokens = new List<string>();
        foreach (var client in new[] { editor, admin })
        {
            var page = await client.GetPageAsync($"/items/{fixture.SecondItemId}");
            Assert.Contains("Lav et historieudkast", page, StringComparison.Ordinal);
            tokens.Add(PortalClient.TokenOf(page));
        }

        var answers = await Task.WhenAll(
            PostDraftAsync(editor, fixture.SecondItemId, tokens[0]),
            PostDraftAsync(admin, fixture.SecondItemId, tokens[1]));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(answers[0].Headers.Location, answers[1].Headers.Location);
        Assert.Equal(1, (await fixture.CountAsync(fixture.SecondItemId)).FromItem);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("redaktoer")]
    public async Task A_closed_item_never_becomes_a_story(string user)
    {
        // The administrator reads Hovedudvalget's closed items; the editor sees only that this one exists.
        var client = await fixture.LoginAsync(user);
        var before = await fixture.CountAsync(fixture.ClosedItemId);
        var page = WebUtility.HtmlDecode(await client.GetPageAsync($"/items/{fixture.ClosedItemId}"));
        Assert.DoesNotContain("Lav et historieudkast", page, StringComparison.Ordinal);

        var response = await DraftAsync(client, fixture.ClosedItemId, fromForm: false);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Punktet er lukket, og lukkede punkter bliver aldrig til historier. Intet er oprettet.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.CountAsync(fixture.ClosedItemId));
        Assert.Equal(0, before.FromItem);
    }

    [Theory]
    [InlineData("medarbejder", 403)]
    [InlineData("hu.formand", 403)]
    public async Task Those_who_may_not_edit_stories_are_refused_and_nothing_is_made(string user, int status)
    {
        var client = await fixture.LoginAsync(user);
        var before = await fixture.CountAsync(fixture.CommunicationItemId);

        var response = await DraftAsync(client, fixture.CommunicationItemId, fromForm: false);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("Du har ikke adgang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.CountAsync(fixture.CommunicationItemId));
    }

    [Fact]
    public async Task An_unknown_item_is_not_found_and_an_item_not_ticked_is_refused()
    {
        var editor = await fixture.LoginAsync("redaktoer");
        var before = await fixture.CountAsync(fixture.OpenItemId);

        Assert.Equal(HttpStatusCode.NotFound, (await DraftAsync(editor, "01aaaaaaaaaaaaaaaaaaaaaaaa", fromForm: false)).StatusCode);
        var notTicked = await DraftAsync(editor, fixture.OpenItemId, fromForm: false);

        Assert.Equal(HttpStatusCode.Conflict, notTicked.StatusCode);
        Assert.Contains("Punktet er ikke markeret som mødets 'Kommunikation fra mødet'. Intet er oprettet.", WebUtility.HtmlDecode(await notTicked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.CountAsync(fixture.OpenItemId));
    }

    [Fact]
    public async Task An_agreed_text_on_an_item_not_ticked_is_refused_in_the_item_editor()
    {
        var editor = await fixture.LoginAsync("redaktoer");
        var form = await editor.GetPageAsync($"/items/{fixture.OpenItemId}/edit");
        Assert.Contains("Punktet er mødets Kommunikation fra mødet", WebUtility.HtmlDecode(form), StringComparison.Ordinal);

        var response = await editor.Http.PostAsync($"/items/{fixture.OpenItemId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form[form.IndexOf("<main", StringComparison.Ordinal)..]),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["TitlePart.Title"] = "Temadrøftelse om fastholdelse og rekruttering",
            ["AgendaItemPart.Number"] = "1",
            ["MeetingCommunicationPart.AgreedText"] = "Et budskab uden flueben.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Det aftalte budskab hører til mødets punkt 'Kommunikation fra mødet'.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("Et budskab uden flueben.", WebUtility.HtmlDecode(await editor.GetPageAsync($"/items/{fixture.OpenItemId}")), StringComparison.Ordinal);
    }

    /// <summary>Posts the button's form: with the token of the form itself when asked (so a form without one fails here), else one from another page.</summary>
    private static async Task<HttpResponseMessage> DraftAsync(PortalClient client, string agendaItemId, bool fromForm)
    {
        var page = await client.GetPageAsync(fromForm ? $"/items/{agendaItemId}" : "/stories");
        var action = $"/stories/from-meeting/{agendaItemId}";
        if (fromForm)
        {
            var start = page.IndexOf($"action=\"{action}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, "the item's page has no button for a story draft");
            page = page[start..page.IndexOf("</form>", start, StringComparison.Ordinal)];
        }

        return await PostDraftAsync(client, agendaItemId, PortalClient.TokenOf(page));
    }

    private static Task<HttpResponseMessage> PostDraftAsync(PortalClient client, string agendaItemId, string token) =>
        client.Http.PostAsync($"/stories/from-meeting/{agendaItemId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    /// <summary>The editor gives the draft an image and its alternative text, and publishes it.</summary>
    private static async Task PublishAsync(PortalClient editor, string storyId)
    {
        using var bitmap = new SKBitmap(1200, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0, 89, 179));
        }

        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 80);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.TokenOf(await editor.GetPageAsync("/admin/media"))), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(encoded.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        upload.Add(file, "file", "hovedudvalget.jpg");
        var uploaded = await editor.Http.PostAsync("/admin/media", upload);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var image = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var form = await editor.GetPageAsync($"/admin/contents/{storyId}/edit");
        var response = await editor.PostFormAsync($"/admin/contents/{storyId}/edit", $"/admin/contents/{storyId}/edit", new()
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(form, "concurrencyStamp"),
            ["TitlePart.Title"] = Title,
            ["StoryPart.Lead"] = MeetingStoryFixture.FirstParagraph,
            ["StoryPart.Body"] = "<p>Historien fra mødet.</p>",
            ["StoryPart.ImageId"] = image,
            ["StoryPart.ImageAlt"] = "Hovedudvalget samlet om bordet",
            ["StoryPart.Channels"] = "Intranet",
            ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

public sealed class SqliteMeetingStoryTests(MeetingStoryFixture fixture) : MeetingStoryTests<MeetingStoryFixture>(fixture);

public sealed class PostgresMeetingStoryTests(PostgresMeetingStoryFixture fixture) : MeetingStoryTests<PostgresMeetingStoryFixture>(fixture);
