using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Med.Services;
using Portal.Web.Tests.Med;

namespace Portal.Web.Tests.Search;

/// <summary>Danish words, phrases, exclusions and prefixes, facets, snippets and suggestions, through the API and the page.</summary>
public abstract class SearchTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : SearchFixture
{
    private Task<PortalClient> Member() => SignInAsync(MedFixture.MemberUser);

    private Task<PortalClient> Outsider() => SignInAsync(SearchFixture.OutsiderUser);

    [Fact]
    public async Task Danish_inflections_find_each_other()
    {
        var client = await Outsider();

        // The item says "anbefaling" and "rekruttering"; the reader types other forms.
        Assert.Equal([fixture.DanishItemId], (await client.SearchAsync("kvadraturens anbefalinger")).Ids);
        Assert.Equal([fixture.DanishItemId], (await client.SearchAsync("kvadratur rekrutteringen")).Ids);
        Assert.Empty((await client.SearchAsync("kvadratur anbefalingerne -rekruttering")).Hits);
    }

    [Fact]
    public async Task Letters_æ_ø_å_are_searched_and_shown_as_written()
    {
        var client = await Outsider();

        var answer = await client.SearchAsync("blåbærgrød østerbro");

        var hit = Assert.Single(answer.Hits);
        Assert.Equal("Blåbærgrød på Ærø", hit.Title);
        Assert.Equal("Dagsordenspunkt", hit.TypeLabel);
        Assert.Equal("Testudvalget", hit.Committee);
        Assert.Contains("<mark>Østerbro</mark>", hit.Snippet);
        Assert.Equal([fixture.DanishItemId], (await client.SearchAsync("ÆRØ")).Ids);
    }

    [Fact]
    public async Task A_quoted_phrase_must_stand_together()
    {
        var client = await Outsider();

        Assert.Equal([fixture.PhraseItemId], (await client.SearchAsync("zulufjord \"Sundhed og Omsorg\"")).Ids);
        Assert.Equal(
            new[] { fixture.PhraseItemId, fixture.ScatteredItemId }.Order(),
            (await client.SearchAsync("zulufjord sundhed omsorg")).Ids.Order());
    }

    [Fact]
    public async Task A_prefix_with_a_star_finds_the_words_it_begins()
    {
        var client = await Outsider();

        Assert.Equal([fixture.DanishItemId], (await client.SearchAsync("kvadra*")).Ids);
        Assert.Equal(2, (await client.SearchAsync("zulufj*")).Total);
    }

    [Fact]
    public async Task A_closed_item_is_found_by_its_committee_and_by_no_one_else()
    {
        var outsider = await Outsider();
        var member = await Member();

        var hidden = await outsider.SearchAsync("xylofonkvartetten");
        Assert.Equal(0, hidden.Total);
        Assert.Empty(hidden.Hits);
        Assert.Empty(hidden.Types);
        Assert.Empty(hidden.Committees);
        Assert.Empty(hidden.Years);
        Assert.DoesNotContain("Xylofon", await outsider.SuggestAsync("xylofon"));
        var page = await outsider.GetPageAsync("/search?q=xylofonkvartetten");
        Assert.DoesNotContain("Xylofon", page.Replace("xylofonkvartetten", "", StringComparison.Ordinal));
        Assert.Contains("Ingen resultater", page);

        // The facets of a wider search do not count it either ("Åbent testpunkt" and "Lukket testpunkt").
        var wide = await outsider.SearchAsync("testpunkt", "&committee=Testudvalget");
        var wideForMember = await member.SearchAsync("testpunkt", "&committee=Testudvalget");
        Assert.Equal(2, wideForMember.Total);
        Assert.Equal(wideForMember.Total - 1, wide.Total);
        Assert.Equal(wideForMember.Committees["Testudvalget"] - 1, wide.Committees["Testudvalget"]);

        var found = await member.SearchAsync("xylofonkvartetten");
        var hit = Assert.Single(found.Hits);
        Assert.Equal(fixture.SecretItemId, hit.Id);
        Assert.Contains("<mark>Xylofonkvartetten</mark> får flere penge", hit.Snippet);
        Assert.Equal(1, found.Committees["Testudvalget"]);
        Assert.Contains("Xylofonkvartettens budget", await member.SuggestAsync("xylofon"));
    }

    [Fact]
    public async Task Material_shared_in_confidence_is_found_by_everyone_once_released()
    {
        Assert.Equal(0, (await (await Outsider()).SearchAsync("yachthavnen")).Total);
        Assert.Equal([fixture.ConfidentialItemId], (await (await Member()).SearchAsync("yachthavnen")).Ids);

        fixture.Clock.Now = new DateTimeOffset(SearchFixture.ConfidentialUntil.AddMinutes(1));
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ConfidentialityRelease>().ReleaseDueAsync();
        }

        await fixture.CatchUpAsync();
        var released = await (await Outsider()).SearchAsync("yachthavnen");
        Assert.Equal([fixture.ConfidentialItemId], released.Ids);
        Assert.Contains("<mark>Yachthavnen</mark> udvides", Assert.Single(released.Hits).Snippet);
    }

    [Fact]
    public async Task Who_may_not_open_a_module_s_pages_finds_nothing_of_them()
    {
        // Allowed to read content, but not MED's pages: their items are not theirs to find either.
        var consultant = await SignInAsync(SearchFixture.ConsultantUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await consultant.GetAsync($"/items/{fixture.DanishItemId}")).StatusCode);

        Assert.Equal(0, (await consultant.SearchAsync("blåbærgrød")).Total);
        Assert.DoesNotContain("Blåbærgrød", await consultant.SuggestAsync("blåbær"));
        var wide = await consultant.SearchAsync("fastholdelse");
        Assert.Equal(["Page"], wide.Types.Keys);
        Assert.Empty(wide.Committees);
        Assert.All(wide.Hits, h => Assert.Equal("Side", h.TypeLabel));
    }

    [Fact]
    public async Task Facets_count_the_hits_and_narrow_them()
    {
        var client = await Outsider();

        var all = await client.SearchAsync("zulufjord");
        Assert.Equal(2, all.Total);
        Assert.Equal(2, all.Types["AgendaItem"]);
        Assert.Equal(2, all.Committees["Testudvalget"]);
        Assert.Equal(2, all.Years["2023"]);

        Assert.Equal(2, (await client.SearchAsync("zulufjord", "&type=AgendaItem&committee=Testudvalget&year=2023")).Total);
        Assert.Equal(0, (await client.SearchAsync("zulufjord", "&year=2022")).Total);
        Assert.Equal(0, (await client.SearchAsync("zulufjord", "&type=Story")).Total);
    }

    [Fact]
    public async Task Suggestions_are_titles_beginning_with_what_is_typed()
    {
        var client = await Outsider();

        var suggestions = await client.SuggestAsync("Blåbærg");

        Assert.Contains($"href=\"/items/{fixture.DanishItemId}\"", suggestions);
        Assert.Contains("Blåbærgrød på Ærø", suggestions);
        Assert.DoesNotContain("Zulufjord", suggestions);
        Assert.Contains("Zulufjord: Sundhed og Omsorg", await client.SuggestAsync("zulufjord sun"));
        Assert.Equal("", (await client.SuggestAsync("")).Trim());
    }

    [Theory]
    [InlineData("\"sundhed og", "anførselstegn")]
    [InlineData("-", "minus")]
    [InlineData("-zulufjord", "mindst ét ord")]
    [InlineData("*", "før *")]
    [InlineData("og i det", "ingen ord, der kan søges på")]
    [InlineData("title:zulufjord^4 [a TO b] ~ \\", null)]
    public async Task A_query_that_cannot_be_searched_gets_a_message_not_an_error(string query, string? message)
    {
        var client = await Outsider();

        var page = await client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var api = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        if (message is null)
        {
            // Lucene's own syntax is taken literally: a search, not a failure.
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(message, await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_very_long_query_is_refused_with_its_limit()
    {
        var client = await Outsider();
        var query = string.Concat(Enumerable.Repeat("zulufjord ", 1000));

        var page = await client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var api = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("højst 500 tegn", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Theory]
    [InlineData("&page=0", "Siden")]
    [InlineData("&page=abc", "Siden")]
    [InlineData("&year=20x3", "Året")]
    [InlineData("&sort=alfabetisk", "Sorteringen")]
    public async Task Bad_values_in_the_address_get_a_message(string extra, string message)
    {
        var client = await Outsider();

        var api = await client.GetAsync($"/api/search?q=zulufjord{extra}");
        var page = await client.GetAsync($"/search?q=zulufjord{extra}");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(message, await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_search_shows_the_box_and_a_hint()
    {
        var client = await Outsider();

        var page = await client.GetPageAsync("/search?q=");

        Assert.Contains("id=\"search-q\"", page);
        Assert.DoesNotContain("resultat", page);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=")).StatusCode);
    }

    [Fact]
    public async Task Every_page_has_a_search_box_in_its_header()
    {
        var client = await Outsider();

        foreach (var url in new[] { "/", $"/items/{fixture.OpenItemId}", "/notifications" })
        {
            var page = await client.GetPageAsync(url);
            Assert.Contains("role=\"search\"", page);
            Assert.Contains("hx-get=\"/search/suggest\"", page);
        }
    }

    [Fact]
    public async Task An_unpublished_or_removed_item_leaves_the_index()
    {
        string first, second;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            first = await NewItemAsync(content, "Quokkaernes første udflugt");
            second = await NewItemAsync(content, "Quokkaernes anden udflugt");
        }

        await fixture.CatchUpAsync();
        var client = await Outsider();
        Assert.Equal(new[] { first, second }.Order(), (await client.SearchAsync("quokkaernes")).Ids.Order());

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            Assert.True((await content.UnpublishAsync(first, (await content.GetAsync(first, VersionOptions.Latest))!.ConcurrencyStamp)).Succeeded);
            Assert.True((await content.RemoveAsync(second, (await content.GetAsync(second, VersionOptions.Latest))!.ConcurrencyStamp)).Succeeded);
        }

        await fixture.CatchUpAsync();
        var after = await client.SearchAsync("quokkaernes");
        Assert.Equal(0, after.Total);
        Assert.DoesNotContain("Quokka", await client.SuggestAsync("quokka"));
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_first_and_pages_hold_ten()
    {
        var client = await Outsider();

        var byDate = await client.SearchAsync("rekruttering", "&sort=date");

        Assert.True(byDate.Total > 10, $"expected more than one page, got {byDate.Total}");
        Assert.Equal(10, byDate.Hits.Count);
        Assert.Equal((byDate.Total + 9) / 10, byDate.Pages);
        var second = await client.SearchAsync("rekruttering", "&sort=date&page=2");
        Assert.Empty(byDate.Ids.Intersect(second.Ids));
        var dates = byDate.Hits.Concat(second.Hits).Select(h => h.Date ?? DateTimeOffset.MinValue).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.True(dates[0] > dates[^1], "the dates should differ over two pages");
    }

    private async Task<string> NewItemAsync(IContentManager content, string title)
    {
        var item = await content.NewAsync(Portal.Med.MedTypes.AgendaItem);
        item.DisplayText = title;
        item.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["title"] = title };
        item.Apply(new Portal.Med.Models.AgendaItemPart { MeetingId = fixture.MeetingId, Number = "20", CaseDescription = $"<p>{title}</p>" });
        Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
        return item.ContentItemId;
    }

    /// <summary>A fresh session: the confidentiality test moves the clock, which ends older ones.</summary>
    private async Task<PortalClient> SignInAsync(string userName)
    {
        var client = fixture.Anonymous();
        await client.LoginAsync(userName, PortalFactory.DemoPassword);
        return client;
    }
}

public sealed class SqliteSearchTests(SearchFixture fixture) : SearchTests<SearchFixture>(fixture);

public sealed class PostgresSearchTests(PostgresSearchFixture fixture) : SearchTests<PostgresSearchFixture>(fixture);
