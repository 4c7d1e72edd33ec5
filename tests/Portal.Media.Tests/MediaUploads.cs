using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Portal.Media.Tests;

/// <summary>Uploading to the media library, as a script and as the page's form.</summary>
public static class MediaUploads
{
    /// <summary>Posts a file to <c>/admin/media</c> as a script would (JSON answer), or as the page's form does when <paramref name="asBrowser"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, string fileName, byte[] content, string? contentItemId = null, bool asBrowser = false, string? token = null)
    {
        token ??= PortalClient.TokenOf(await client.GetPageAsync("/admin/media"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        // What a browser claims; the portal must not believe it.
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (contentItemId is not null)
        {
            form.Add(new StringContent(contentItemId), "contentItemId");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media") { Content = form };
        if (asBrowser)
        {
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        }

        return await client.Http.SendAsync(request);
    }

    /// <summary>Uploads and expects success; returns the JSON answer.</summary>
    public static async Task<UploadedJson> UploadOkAsync(this PortalClient client, string fileName, byte[] content, string? contentItemId = null)
    {
        var response = await client.UploadAsync(fileName, content, contentItemId);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"uploading {fileName} gave {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<UploadedJson>(body, JsonSerializerOptions.Web)!;
    }

    /// <summary>Uploads and expects a refusal; returns its message.</summary>
    public static async Task<string> UploadRefusedAsync(this PortalClient client, string fileName, byte[] content, string? contentItemId = null)
    {
        var response = await client.UploadAsync(fileName, content, contentItemId);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"uploading {fileName} gave {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("error").GetString()!;
    }
}

public sealed record UploadedJson(string Id, string Url, string FileName, string MediaType, long Size);
