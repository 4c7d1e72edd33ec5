using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Portal.Web.Tests.Communication;

/// <summary>What an editor does to write a story: upload its image, create it, give it an area.</summary>
public static partial class StorySteps
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

    /// <summary>Posts the story editor; <paramref name="fields"/> add to or replace the story's fields (submit, publishAt, …).</summary>
    public static Task<HttpResponseMessage> CreateStoryAsync(PortalClient editor, string title, string image, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["StoryPart.Lead"] = "En kort indledning.",
            ["StoryPart.Body"] = "<p>Historien.</p>",
            ["StoryPart.ImageId"] = image,
            ["StoryPart.ImageAlt"] = "Et billede til historien",
            ["StoryPart.Channels"] = "Intranet",
            ["submit"] = "save",
        };
        foreach (var (key, value) in fields)
        {
            form[key] = value;
        }

        return editor.PostFormAsync("/admin/contents/create/Story", "/admin/contents/create/Story", form);
    }

    public static string IdOf(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return EditId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
    }

    [GeneratedRegex("/admin/contents/([0-9a-z]{26})/edit")]
    private static partial Regex EditId();
}
