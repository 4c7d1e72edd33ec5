using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Content;

namespace Portal.Web.Tests;

/// <summary>
/// Many saves of the same editor form at once: one is saved, every other gets the conflict page,
/// and every text typed is kept as a version of its own.
/// </summary>
public abstract class ConcurrentSaveTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private const int Saves = 20;

    [Fact]
    public async Task Parallel_saves_from_one_form_give_one_save_and_conflict_pages_that_keep_every_text()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Kaffeordning", "kaffeordning", "<p>Oprindelig</p>", publish: true);
        var form = await editor.GetPageAsync($"/admin/contents/{id}/edit");
        var stamp = PortalClient.ValueOf(form, "concurrencyStamp");
        var token = PortalClient.TokenOf(form);

        var responses = await Task.WhenAll(Enumerable.Range(1, Saves).Select(n => editor.Http.PostAsync($"/admin/contents/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["concurrencyStamp"] = stamp,
            ["TitlePart.Title"] = "Kaffeordning",
            ["AutoroutePart.Path"] = "kaffeordning",
            ["HtmlBodyPart.Html"] = $"<p>Udgave {n}</p>",
            ["submit"] = "save",
            ["__RequestVerificationToken"] = token,
        }))));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        var error = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.InternalServerError) is { } failed ? await failed.Content.ReadAsStringAsync() : "";
        Assert.True(error.Length == 0, $"statuses {string.Join(", ", statuses)}; the first error: {error[..Math.Min(2000, error.Length)]}");
        Assert.Equal(1, statuses.Count(s => s == (int)HttpStatusCode.Redirect));
        Assert.Equal(Saves - 1, statuses.Count(s => s == (int)HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Contains("Konflikt: indholdet er ændret af en anden", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetVersionsAsync(id);
        var texts = versions.Select(v => v.As<HtmlBodyPart>().Html).ToList();
        Assert.All(Enumerable.Range(1, Saves), n => Assert.Single(texts, t => t == $"<p>Udgave {n}</p>"));
        Assert.Equal(Saves + 1, versions.Select(v => v.Number).Distinct().Count());
    }
}

public sealed class SqliteConcurrentSaveTests(PortalFactory factory) : ConcurrentSaveTests<PortalFactory>(factory);

public sealed class PostgresConcurrentSaveTests(PostgresPortalFactory factory) : ConcurrentSaveTests<PostgresPortalFactory>(factory);
