using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Testing;

/// <summary>What an editor does in the content admin, as form posts.</summary>
public static partial class ContentSteps
{
    public static async Task<string> CreatePageAsync(PortalClient editor, string title, string path, string html, bool publish)
    {
        var response = await editor.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new()
        {
            ["TitlePart.Title"] = title,
            ["AutoroutePart.Path"] = path,
            ["HtmlBodyPart.Html"] = html,
            ["submit"] = publish ? "publish" : "save",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating '{title}' gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return EditId().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    /// <summary>A page with a title, a generated address and a line of text.</summary>
    public static Task<string> CreatePageAsync(PortalClient editor, string title, bool publish) =>
        CreatePageAsync(editor, title, "side-" + Guid.NewGuid().ToString("n")[..8], "<p>Tekst</p>", publish);

    public static async Task<HttpResponseMessage> EditPageAsync(PortalClient editor, string id, string title, string path, string html, bool publish, string? stamp = null)
    {
        var page = await editor.GetPageAsync($"/admin/contents/{id}/edit");
        var fields = new Dictionary<string, string>
        {
            ["concurrencyStamp"] = stamp ?? PortalClient.ValueOf(page, "concurrencyStamp"),
            ["TitlePart.Title"] = title,
            ["AutoroutePart.Path"] = path,
            ["HtmlBodyPart.Html"] = html,
            ["submit"] = publish ? "publish" : "save",
            ["__RequestVerificationToken"] = PortalClient.TokenOf(page),
        };
        return await editor.Http.PostAsync($"/admin/contents/{id}/edit", new FormUrlEncodedContent(fields));
    }

    public static async Task<string> StampAsync(PortalClient editor, string id) =>
        PortalClient.ValueOf(await editor.GetPageAsync($"/admin/contents/{id}/edit"), "concurrencyStamp");

    [GeneratedRegex("/admin/contents/([0-9a-z]{26})/edit")]
    private static partial Regex EditId();
}
