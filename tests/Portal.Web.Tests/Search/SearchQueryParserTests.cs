using Lucene.Net.Search;
using Portal.Search.Services;

namespace Portal.Web.Tests.Search;

/// <summary>What a reader types, as the query Lucene runs, or the message that says why not.</summary>
public sealed class SearchQueryParserTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = SearchFields.CreateAnalyzer();

    [Theory]
    [InlineData("fastholdelse", "+(title:fasthold^3.0 body:fasthold)")]
    [InlineData("Anbefalinger rekrutteringen", "+(title:anbefaling^3.0 body:anbefaling) +(title:rekruttering^3.0 body:rekruttering)")]
    [InlineData("\"Sundhed og Omsorg\"", "+(title:\"sund ? omsorg\"^3.0 body:\"sund ? omsorg\")")]
    [InlineData("budget -byggeri", "+(title:budg^3.0 body:budg) -(title:byggeri^3.0 body:byggeri)")]
    [InlineData("Rekrut*", "+(title:rekrut* body:rekrut*)")]
    [InlineData("Budget OR drift", "+(title:budg^3.0 body:budg) +(title:drift^3.0 body:drift)")]
    public void Words_phrases_exclusions_and_prefixes_become_the_query(string typed, string expected)
    {
        var parsed = SearchQueryParser.Parse(typed, Analyzer);

        Assert.Null(parsed.Error);
        Assert.Equal(expected, parsed.Query!.ToString());
    }

    [Theory]
    [InlineData(null, "Skriv, hvad du søger efter.")]
    [InlineData("   ", "Skriv, hvad du søger efter.")]
    [InlineData("\"sundhed og", "Der mangler et anførselstegn")]
    [InlineData("budget -", "Et minus skal stå lige foran")]
    [InlineData("-budget", "Skriv mindst ét ord, der skal indgå")]
    [InlineData("*", "Skriv mindst 2 bogstaver før *")]
    [InlineData("a*", "Skriv mindst 2 bogstaver før *")]
    [InlineData("og i det", "ingen ord, der kan søges på")]
    [InlineData("( \\ ?", "ingen ord, der kan søges på")]
    [InlineData("+", "Et plus skal stå")]
    [InlineData("\"\"", "tomt sæt anførselstegn")]
    public void What_cannot_be_searched_gets_a_message(string? typed, string message)
    {
        var parsed = SearchQueryParser.Parse(typed, Analyzer);

        Assert.Null(parsed.Query);
        Assert.Contains(message, parsed.Error);
    }

    [Fact]
    public void More_than_500_characters_is_refused_with_the_limit()
    {
        var parsed = SearchQueryParser.Parse(new string('a', 501), Analyzer);

        Assert.Equal("Søgningen er for lang: højst 500 tegn.", parsed.Error);
        Assert.NotNull(SearchQueryParser.Parse(string.Concat(Enumerable.Repeat("budget ", 71)), Analyzer).Query);
    }

    [Fact]
    public void Lucene_syntax_is_taken_literally()
    {
        var parsed = SearchQueryParser.Parse("title:budget^4 [drift TO anlæg] (x OR y) NOT", Analyzer);

        Assert.Null(parsed.Error);
        var text = parsed.Query!.ToString();
        Assert.DoesNotContain("[", text);
        Assert.Contains("title:budg", text);
        Assert.IsType<BooleanQuery>(parsed.Query);
    }
}
