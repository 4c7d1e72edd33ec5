using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Testing;

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

    /// <summary>A JSON answer that must be 200.</summary>
    public async Task<JsonElement> GetJsonAsync(string url) =>
        JsonDocument.Parse(await GetPageAsync(url)).RootElement;

    public async Task LoginAsync(string userName, string password)
    {
        var response = await PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {userName} gave {(int)response.StatusCode}");
    }

    /// <summary>Reads the form's antiforgery token from <paramref name="formPage"/> and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await GetPageAsync(formPage);
        var token = TokenOf(page);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(action, new FormUrlEncodedContent(body));
    }

    public static string TokenOf(string page) =>
        Token().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    public static string ValueOf(string page, string name) =>
        new Regex($"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"The page has no field {name}.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
