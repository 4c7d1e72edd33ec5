using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Media.Tests;

/// <summary>An HTTP client that behaves like a browser: keeps cookies and posts forms with their antiforgery token.</summary>
public sealed partial class PortalClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public async Task LoginAsync(string userName, string password)
    {
        var response = await PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {userName} gave {(int)response.StatusCode}");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var token = TokenOf(await GetPageAsync(formPage));
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(action, new FormUrlEncodedContent(body));
    }

    /// <summary>Posts a file to <c>/admin/media</c> as a script would (JSON answer), or as the page's form does when <paramref name="asBrowser"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content, string? contentItemId = null, bool asBrowser = false, string? token = null)
    {
        token ??= TokenOf(await GetPageAsync("/admin/media"));
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

        return await Http.SendAsync(request);
    }

    /// <summary>Uploads and expects success; returns the JSON answer.</summary>
    public async Task<UploadedJson> UploadOkAsync(string fileName, byte[] content, string? contentItemId = null)
    {
        var response = await UploadAsync(fileName, content, contentItemId);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"uploading {fileName} gave {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<UploadedJson>(body, JsonSerializerOptions.Web)!;
    }

    /// <summary>Uploads and expects a refusal; returns its message.</summary>
    public async Task<string> UploadRefusedAsync(string fileName, byte[] content, string? contentItemId = null)
    {
        var response = await UploadAsync(fileName, content, contentItemId);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"uploading {fileName} gave {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("error").GetString()!;
    }

    public static string TokenOf(string page) =>
        Token().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed record UploadedJson(string Id, string Url, string FileName, string MediaType, long Size);
