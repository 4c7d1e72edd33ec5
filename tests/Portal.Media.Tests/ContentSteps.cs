using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Media.Tests;

/// <summary>What an editor does in the content admin, as form posts.</summary>
public static partial class ContentSteps
{
    public static async Task<string> CreatePageAsync(PortalClient editor, string title, bool publish)
    {
        var response = await editor.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new()
        {
            ["TitlePart.Title"] = title,
            ["AutoroutePart.Path"] = "side-" + Guid.NewGuid().ToString("n")[..8],
            ["HtmlBodyPart.Html"] = "<p>Tekst</p>",
            ["submit"] = publish ? "publish" : "save",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating '{title}' gave {(int)response.StatusCode}");
        return EditId().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    [GeneratedRegex("/admin/contents/([0-9a-z]{26})/edit")]
    private static partial Regex EditId();
}
