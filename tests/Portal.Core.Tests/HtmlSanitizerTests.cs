using Portal.Core.Html;

namespace Portal.Core.Tests;

public sealed class HtmlSanitizerTests
{
    private const string Image = "/media/01jq3v5x7d8e9f0g1h2j3k4m5n/plakat.png";

    private readonly HtmlSanitizerService _sanitizer = new();

    [Theory]
    [InlineData(null, "")]
    [InlineData("  \n ", "")]
    [InlineData("Mødet er flyttet.", "<p>Mødet er flyttet.</p>")]
    [InlineData("Første afsnit.\n\nAndet afsnit.", "<p>Første afsnit.</p><p>Andet afsnit.</p>")]
    [InlineData("Første afsnit.\r\n   \r\nAndet afsnit.", "<p>Første afsnit.</p><p>Andet afsnit.</p>")]
    [InlineData("Hovedudvalget\nRådhuset, Grenaa", "<p>Hovedudvalget<br>Rådhuset, Grenaa</p>")]
    [InlineData("- Trivsel\n- Budget 2024", "<ul><li>Trivsel</li><li>Budget 2024</li></ul>")]
    [InlineData("* Trivsel\n* Budget", "<ul><li>Trivsel</li><li>Budget</li></ul>")]
    [InlineData("• Trivsel\n• Budget", "<ul><li>Trivsel</li><li>Budget</li></ul>")]
    public void Text_without_tags_becomes_paragraphs_and_lists(string? text, string expected) =>
        Assert.Equal(expected, _sanitizer.Sanitize(text));

    [Fact]
    public void A_list_between_paragraphs_keeps_its_place_and_its_wrapped_lines()
    {
        var text = "Dagsorden:\n- Godkendelse af referat\n- Budget for 2024,\n  herunder anlæg\nMødet slutter kl. 12.\n\nVel mødt.";

        Assert.Equal(
            "<p>Dagsorden:</p><ul><li>Godkendelse af referat</li><li>Budget for 2024, herunder anlæg</li></ul><p>Mødet slutter kl. 12.</p><p>Vel mødt.</p>",
            _sanitizer.Sanitize(text));
    }

    [Theory]
    [InlineData("-5 grader og 3 * 4", "<p>-5 grader og 3 * 4</p>")]
    [InlineData("R&D og a < b", "<p>R&amp;D og a &lt; b</p>")]
    [InlineData("Fisk &amp; chips", "<p>Fisk &amp; chips</p>")]
    [InlineData("x<y og 3<4", "<p>x&lt;y og 3&lt;4</p>")]
    public void Plain_text_keeps_its_characters(string text, string expected) =>
        Assert.Equal(expected, _sanitizer.Sanitize(text));

    [Fact]
    public void Html_is_not_reshaped()
    {
        Assert.Equal("<p>Et afsnit</p>\n- ikke en liste", _sanitizer.Sanitize("<p>Et afsnit</p>\n- ikke en liste"));
        Assert.Equal("Fed <strong>tekst</strong>", _sanitizer.Sanitize("Fed <strong>tekst</strong>"));
    }

    [Fact]
    public void Headings_lists_links_and_tables_survive()
    {
        var html =
            "<h2>Budget</h2><h3>Drift</h3><p><strong>Fed</strong> og <em>kursiv</em></p>" +
            "<ul><li>Et</li></ul><ol><li>To</li></ol>" +
            "<p><a href=\"https://www.norddjurs.dk/\">Kommunen</a> <a href=\"/om-portalen\">Om</a> <a href=\"mailto:hu@norddjurs.dk\">Skriv</a></p>" +
            "<table><caption>Budget 2024</caption><thead><tr><th scope=\"col\">Post</th><th scope=\"col\">Kr.</th></tr></thead>" +
            "<tbody><tr><td colspan=\"2\" rowspan=\"1\">Løn</td></tr><tr><th scope=\"row\">I alt</th><td>1.200.000</td></tr></tbody></table>";

        Assert.Equal(html, _sanitizer.Sanitize(html));
    }

    [Fact]
    public void The_portals_images_with_alternative_text_survive()
    {
        var html = $"<p>Plakat:</p><img src=\"{Image}\" alt=\"Plakat til personaledagen\">";

        Assert.Equal(html, _sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<img src=\"" + Image + "\">")]
    [InlineData("<img src=\"" + Image + "\" alt=\"  \">")]
    [InlineData("<img src=\"https://example.org/tracker.png\" alt=\"Billede\">")]
    [InlineData("<img src=\"//example.org/tracker.png\" alt=\"Billede\">")]
    [InlineData("<img src=\"/admin/users\" alt=\"Billede\">")]
    [InlineData("<img src=\"/media/../admin/users\" alt=\"Billede\">")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Billede\">")]
    [InlineData("<img src=\"file:///C:/Users/hu/billede.png\" alt=\"Billede\">")]
    public void Other_images_and_images_without_alternative_text_are_removed(string image) =>
        Assert.Equal("<p>Før</p><p>Efter</p>", _sanitizer.Sanitize($"<p>Før</p>{image}<p>Efter</p>"));

    [Theory]
    [InlineData("<p>Hej</p><script>alert(1)</script>", "<p>Hej</p>")]
    [InlineData("<p onclick=\"alert(1)\">Hej</p>", "<p>Hej</p>")]
    [InlineData("<img src=\"" + Image + "\" alt=\"Plakat\" onerror=\"alert(1)\">", "<img src=\"" + Image + "\" alt=\"Plakat\">")]
    [InlineData("<a href=\"javascript:alert(1)\">Klik</a>", "<a>Klik</a>")]
    [InlineData("<p style=\"color:red\">Hej</p>", "<p>Hej</p>")]
    [InlineData("<p>Hej</p><form action=\"/account/logout\"><button>Log ud</button></form>", "<p>Hej</p>")]
    [InlineData("<table><tr><td onmouseover=\"alert(1)\">1</td></tr></table>", "<table><tbody><tr><td>1</td></tr></tbody></table>")]
    public void Scripts_handlers_styles_and_forms_are_removed(string html, string expected) =>
        Assert.Equal(expected, _sanitizer.Sanitize(html));
}
