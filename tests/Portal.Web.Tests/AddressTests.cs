using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Indexes;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Web.Tests;

/// <summary>
/// A page's address: never one the portal answers itself, and never published twice, whether
/// pages are created, published or restored one after the other or at the same moment.
/// </summary>
public abstract partial class AddressTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Theory]
    [InlineData("committees")]
    [InlineData("decisions")]
    [InlineData("items/ferie")]
    [InlineData("meetings")]
    [InlineData("api")]
    [InlineData("scalar")]
    [InlineData("openapi")]
    [InlineData("media")]
    [InlineData("account")]
    [InlineData("setup")]
    [InlineData("content")]
    [InlineData("admin/side")]
    [InlineData("health")]
    [InlineData("error")]
    public async Task An_address_a_module_routes_itself_is_refused(string path)
    {
        var response = await CreateAsync(await factory.LoginAsync("redaktoer"), "Optaget af portalen", path);

        await AssertReservedAsync(response, path.Split('/')[0]);
    }

    [Fact]
    public async Task Every_route_reserves_its_first_segment()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var segments = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments is [{ Parts: [RoutePatternLiteralPart literal] }, ..] ? literal.Content.ToLowerInvariant() : null)
            .OfType<string>()
            .Where(s => SlugShape().IsMatch(s))
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "account", "admin", "api", "committees", "content", "decisions", "items", "media", "meetings", "openapi", "scalar", "setup" }, segments);

        foreach (var segment in segments)
        {
            await AssertReservedAsync(await CreateAsync(editor, "Optaget af portalen", segment), segment);
        }
    }

    [Fact]
    public async Task Two_pages_created_at_once_on_one_address_one_is_refused_and_nothing_else_is_saved()
    {
        var path = "samtidig-" + Guid.NewGuid().ToString("n")[..8];
        var editor = await factory.LoginAsync("redaktoer");
        var admin = await factory.LoginAsync("admin");
        var tokens = new[] { PortalClient.TokenOf(await editor.GetPageAsync("/admin/contents/create/Page")), PortalClient.TokenOf(await admin.GetPageAsync("/admin/contents/create/Page")) };

        var responses = await Task.WhenAll(
            PostCreateAsync(editor, tokens[0], "Redaktørens side", path),
            PostCreateAsync(admin, tokens[1], "Administratorens side", path));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.BadRequest], responses.Select(r => r.StatusCode).Order());
        var refused = await responses.Single(r => r.StatusCode == HttpStatusCode.BadRequest).Content.ReadAsStringAsync();
        Assert.Contains($"Adressen /{path} bruges allerede", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(path));
    }

    [Fact]
    public async Task Two_drafts_on_one_address_published_at_once_one_wins_and_the_other_is_told()
    {
        var path = "faelles-" + Guid.NewGuid().ToString("n")[..8];
        var first = await DraftAsync("Første kladde", path);
        var second = await DraftAsync("Anden kladde", path);
        var editor = await factory.LoginAsync("redaktoer");
        var admin = await factory.LoginAsync("admin");
        var firstForm = await editor.GetPageAsync($"/admin/contents/{first}/edit");
        var secondForm = await admin.GetPageAsync($"/admin/contents/{second}/edit");

        var responses = await Task.WhenAll(PublishAsync(editor, first, firstForm), PublishAsync(admin, second, secondForm));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var pages = new[] { await editor.GetPageAsync($"/admin/contents/{first}/edit"), await admin.GetPageAsync($"/admin/contents/{second}/edit") }.Select(p => WebUtility.HtmlDecode(p)!).ToList();
        Assert.Single(pages, p => p.Contains("er udgivet.", StringComparison.Ordinal));
        Assert.Single(pages, p => p.Contains($"Adressen /{path} bruges allerede af andet udgivet indhold. Intet er gemt", StringComparison.Ordinal));
        Assert.Equal(1, await CountAsync(path));
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        Assert.Single(new[] { await content.GetAsync(first), await content.GetAsync(second) }, p => p is not null);
    }

    [Fact]
    public async Task Restoring_a_version_whose_address_another_page_took_since_is_refused()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var old = "gammel-" + Guid.NewGuid().ToString("n")[..8];
        var id = await ContentSteps.CreatePageAsync(editor, "Flyttet side", old, "<p>Første udgave</p>", publish: true);
        Assert.Equal(HttpStatusCode.Redirect, (await ContentSteps.EditPageAsync(editor, id, "Flyttet side", old + "-ny", "<p>Anden udgave</p>", publish: true)).StatusCode);
        await ContentSteps.CreatePageAsync(editor, "Ny ejer", old, "<p>Den nye ejer</p>", publish: true);
        var versions = await editor.GetPageAsync($"/admin/contents/{id}/versions");
        var firstVersionId = RestoreLink().Matches(versions).Last().Groups[1].Value;

        var restore = await editor.PostFormAsync($"/admin/contents/{id}/versions", $"/admin/contents/{id}/versions/{firstVersionId}/restore", new() { ["concurrencyStamp"] = await ContentSteps.StampAsync(editor, id) });

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Contains($"Version 1 kan ikke gendannes, fordi dens adresse /{old} nu bruges af andet indhold. Intet er ændret.", WebUtility.HtmlDecode(await editor.GetPageAsync($"/admin/contents/{id}/edit")), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(2, (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetVersionsAsync(id)).Count);
        Assert.Contains("Den nye ejer", await (await factory.LoginAsync("medarbejder")).GetPageAsync("/" + old), StringComparison.Ordinal);
    }

    private static async Task AssertReservedAsync(HttpResponseMessage response, string segment)
    {
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"/{segment} gave {(int)response.StatusCode}");
        Assert.Contains($"Adressen må ikke begynde med '{segment}', som portalen selv bruger.", body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> CreateAsync(PortalClient editor, string title, string path) =>
        await PostCreateAsync(editor, PortalClient.TokenOf(await editor.GetPageAsync("/admin/contents/create/Page")), title, path);

    private static Task<HttpResponseMessage> PostCreateAsync(PortalClient editor, string token, string title, string path) =>
        editor.Http.PostAsync("/admin/contents/create/Page", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["AutoroutePart.Path"] = path,
            ["HtmlBodyPart.Html"] = "<p>Tekst</p>",
            ["submit"] = "publish",
            ["__RequestVerificationToken"] = token,
        }));

    private static Task<HttpResponseMessage> PublishAsync(PortalClient editor, string id, string form) =>
        editor.Http.PostAsync($"/admin/contents/{id}/publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["concurrencyStamp"] = PortalClient.ValueOf(form, "concurrencyStamp"),
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
        }));

    /// <summary>A draft saved past the editor's checks, as racing saves or restores can leave one.</summary>
    private async Task<string> DraftAsync(string title, string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync("Page");
        item.Apply(new TitlePart { Title = title }).Apply(new AutoroutePart { Path = path }).Apply(new HtmlBodyPart { Html = "<p>Kladde</p>" });
        Assert.True((await content.CreateAsync(item, publish: false)).Succeeded);
        return item.ContentItemId;
    }

    private async Task<int> CountAsync(string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AutorouteIndex>().CountAsync(r => r.Path == path && r.Published);
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex SlugShape();

    [GeneratedRegex("/admin/contents/[0-9a-z]{26}/versions/([0-9a-z]{26})/restore")]
    private static partial Regex RestoreLink();
}

public sealed class SqliteAddressTests(PortalFactory factory) : AddressTests<PortalFactory>(factory);

public sealed class PostgresAddressTests(PostgresPortalFactory factory) : AddressTests<PostgresPortalFactory>(factory);
