using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Web.Tests.Recommendations;
using SkiaSharp;

namespace Portal.Web.Tests.Communication;

/// <summary>
/// The demo portal on a clock the test moves, with one extra rule a module could have: a story whose
/// title starts with <see cref="EditorsOnly"/> is for editors only. Feeds and plans must leave it out
/// for everyone else.
/// </summary>
public class CommunicationFactory : ClockedPortalFactory
{
    public const string EditorsOnly = "Kun for redaktører";

    public CommunicationFactory()
    {
    }

    protected CommunicationFactory(string provider)
        : base(provider)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddVisibilityProvider<EditorsOnlyStories>());
    }

    /// <summary>A new session on the clock as it is now (sessions end eight hours after sign-in on this clock too).</summary>
    public async Task<PortalClient> SignInAsync(string userName)
    {
        var client = Anonymous();
        await client.LoginAsync(userName, DemoPassword);
        return client;
    }

    private sealed class EditorsOnlyStories : IContentVisibilityProvider
    {
        public Task ApplyAsync(ContentItem version, VisibilityContext context)
        {
            if (version.ContentType == "Story" && version.DisplayText.StartsWith(EditorsOnly, StringComparison.Ordinal))
            {
                context.RestrictTo([PrincipalKeys.Role(PortalRoles.Editor)]);
            }

            return Task.CompletedTask;
        }
    }
}

public sealed class PostgresCommunicationFactory() : CommunicationFactory("Postgres");

/// <summary>What an editor does with stories, areas and strategies in the content admin, as form posts.</summary>
public static partial class CommunicationSteps
{
    public static async Task<string> UploadImageAsync(PortalClient editor, string fileName)
    {
        using var bitmap = new SKBitmap(1200, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0, 89, 179));
        }

        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 80);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.TokenOf(await editor.GetPageAsync("/admin/media"))), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(encoded.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        var response = await editor.Http.PostAsync("/admin/media", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<string> CreateAreaAsync(PortalClient editor, string name)
    {
        var response = await editor.PostFormAsync("/admin/contents/create/StoryArea", "/admin/contents/create/StoryArea", new()
        {
            ["TitlePart.Title"] = name,
            ["StoryAreaPart.Description"] = "<p>Historier fra området.</p>",
            ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdOf(response);
    }

    /// <summary>The story editor's fields: one story, its channels and share texts.</summary>
    public static Dictionary<string, string> StoryFields(string title, string image, string alt = "Billede", string? area = null, string channels = "Intranet", IReadOnlyDictionary<string, string>? shareTexts = null, string lead = "En kort indledning.")
    {
        var fields = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["StoryPart.Lead"] = lead,
            ["StoryPart.Body"] = "<p>Historien.</p>",
            ["StoryPart.ImageId"] = image,
            ["StoryPart.ImageAlt"] = alt,
            ["StoryPart.AreaId"] = area ?? "",
            ["StoryPart.Profession"] = "",
            ["StoryPart.Tags"] = "",
        };

        // Several channels are several fields of the same name: posted as "a,b" and split here.
        var i = 0;
        foreach (var channel in channels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            fields[$"StoryPart.Channels[{i++}]"] = channel;
        }

        foreach (var (channel, text) in shareTexts ?? new Dictionary<string, string>())
        {
            fields[$"StoryPart.ShareTexts[{channel}]"] = text;
        }

        return fields;
    }

    public static Task<HttpResponseMessage> CreateStoryAsync(PortalClient editor, Dictionary<string, string> fields, bool publish) =>
        editor.PostFormAsync("/admin/contents/create/Story", "/admin/contents/create/Story", new(fields) { ["submit"] = publish ? "publish" : "save" });

    public static async Task<string> PublishStoryAsync(PortalClient editor, Dictionary<string, string> fields)
    {
        var response = await CreateStoryAsync(editor, fields, publish: true);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"publishing '{fields["TitlePart.Title"]}' gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return IdOf(response);
    }

    public static async Task<HttpResponseMessage> EditStoryAsync(PortalClient editor, string id, Dictionary<string, string> fields, bool publish)
    {
        var page = await editor.GetPageAsync($"/admin/contents/{id}/edit");
        var body = new Dictionary<string, string>(fields)
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(page, "concurrencyStamp"),
            ["submit"] = publish ? "publish" : "save",
            ["__RequestVerificationToken"] = PortalClient.TokenOf(page),
        };
        return await editor.Http.PostAsync($"/admin/contents/{id}/edit", new FormUrlEncodedContent(body));
    }

    public static string IdOf(HttpResponseMessage created) => EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;

    [GeneratedRegex("/admin/contents/([0-9a-z]{26})/edit")]
    private static partial Regex EditId();
}
