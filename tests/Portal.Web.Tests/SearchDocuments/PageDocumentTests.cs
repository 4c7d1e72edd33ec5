using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Metadata;
using Portal.Med;
using Portal.Med.Models;
using Portal.Media.Services;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portal.Web.Tests.SearchDocuments;

/// <summary>
/// Pages and the types administrators define are found at their address with their body and fields;
/// a draft is not found; a word only in an attached PDF finds the item it belongs to; and a module's
/// type made listable in the admin stays that module's to describe.
/// </summary>
public abstract class PageDocumentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task A_page_is_found_at_its_address_with_its_body()
    {
        var page = await factory.PublishedAsync("Page", "Om MED-portalen");

        var document = await factory.DocumentAsync(page.ContentItemId);

        Assert.Equal("Side", document.TypeLabel);
        Assert.Equal("Om MED-portalen", document.Title);
        Assert.Equal("/om-portalen", document.Url);
        Assert.Null(document.Committee);
        Assert.Equal(page.PublishedUtc, document.DateUtc);
        Assert.Equal(
            ["MED-portalen er stedet, hvor kommunens MED-udvalg offentliggør dagsordener, referater og beslutninger, og hvor anbefalinger og initiativer om fastholdelse og rekruttering følges op. MED står for medindflydelse og medbestemmelse: ledelse og medarbejdere mødes i udvalg på alle niveauer, fra Hovedudvalget til de lokale MED-udvalg. Demoindhold."],
            document.Texts);
        Assert.Contains("MED står for medindflydelse og medbestemmelse", await factory.OpenAsync("medarbejder", document));
    }

    [Fact]
    public async Task An_item_of_a_type_an_administrator_defined_is_found_by_its_fields_under_the_types_name()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync("Personalenyhed", type => type
            .DisplayedAs("Personalenyhed")
            .Listable()
            .Creatable()
            .WithPart(nameof(TitlePart))
            .WithField("Underrubrik", FieldTypes.Text)
            .WithField("Tekst", FieldTypes.Html)
            .WithField("Mere", FieldTypes.Link)
            .WithField("Antal", FieldTypes.Numeric));
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = (await content.NewAsync("Personalenyhed")).SetTitle("Ny kantineordning");
        item.SetField("Underrubrik", new TextField { Text = "Frokost fra den lokale bager" });
        item.SetField("Tekst", new HtmlField { Html = "<p>Kantinen åbner <strong>1. marts</strong>.</p><p>Alle er velkomne.</p>" });
        item.SetField("Mere", new LinkField { Url = "https://example.org/kantine", Text = "Læs menuen" });
        item.SetField("Antal", new NumericField { Value = 42 });
        Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);

        var document = await factory.DocumentAsync(item.ContentItemId);

        Assert.Equal("Personalenyhed", document.TypeLabel);
        Assert.Equal("Ny kantineordning", document.Title);
        Assert.Equal($"/content/{item.ContentItemId}", document.Url);
        Assert.Equal(["Frokost fra den lokale bager", "Kantinen åbner 1. marts. Alle er velkomne.", "Læs menuen"], document.Texts);
        Assert.Contains("Frokost fra den lokale bager", await factory.OpenAsync("medarbejder", document));
    }

    [Fact]
    public async Task A_draft_page_has_no_document_until_it_is_published()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var page = (await content.NewAsync("Page")).SetTitle("Kladde om ferieplanlægning");
        page.Apply(new HtmlBodyPart { Html = "<p>Ferieplanen for sommeren.</p>" });
        Assert.True((await content.CreateAsync(page, publish: false)).Succeeded);

        Assert.Empty(await factory.DocumentsAsync(page.ContentItemId));

        var draft = (await content.GetAsync(page.ContentItemId, VersionOptions.Latest))!;
        Assert.True((await content.PublishAsync(page.ContentItemId, draft.ConcurrencyStamp)).Succeeded);
        var document = await factory.DocumentAsync(page.ContentItemId);
        Assert.Equal($"/content/{page.ContentItemId}", document.Url);
        Assert.Equal(["Ferieplanen for sommeren."], document.Texts);
    }

    [Fact]
    public async Task A_word_only_in_an_attached_PDF_finds_the_item_it_belongs_to()
    {
        var item = await factory.PublishedAsync(MedTypes.AgendaItem, "Kommunikation fra mødet");
        var other = await factory.PublishedAsync(MedTypes.AgendaItem, "Temadrøftelse om fastholdelse og rekruttering");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var pdf = new PdfDocumentBuilder();
            pdf.AddPage(PageSize.A4).AddText("Bilag om Snedronningeordningen", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), pdf.AddStandard14Font(Standard14Font.Helvetica));
            using var stream = new MemoryStream(pdf.Build());
            var upload = await scope.ServiceProvider.GetRequiredService<IMediaService>().UploadAsync(new UploadRequest(stream, "bilag.pdf", "admin", item.ContentItemId));
            Assert.True(upload.Succeeded, upload.Error);

            // The item's bilag now links the file, as the meeting's preparation does.
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var version = (await content.BeginEditAsync(item.ContentItemId, (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!.ConcurrencyStamp))!;
            version.Alter<AgendaItemPart>(p => p.Attachments = [.. p.Attachments, new AttachmentLink("bilag.pdf", MediaUrls.For(upload.Attachment!))]);
            Assert.True((await content.SaveAsync(version, publish: true)).Succeeded);
        }

        var documents = (await factory.DocumentsAsync(item.ContentItemId, other.ContentItemId)).ToDictionary(d => d.ContentItemId);

        var document = documents[item.ContentItemId];
        Assert.Contains("Snedronningeordningen", document.Body);
        Assert.Equal("Dagsordenspunkt", document.TypeLabel);
        Assert.Equal($"/items/{item.ContentItemId}", document.Url);
        Assert.Equal("Kommunikation fra mødet", document.Title);
        Assert.DoesNotContain("Snedronningeordningen", documents[other.ContentItemId].Body);
    }

    [Fact]
    public async Task A_module_type_made_listable_in_the_admin_is_still_described_by_its_module_alone()
    {
        var meeting = await factory.PublishedAsync(MedTypes.Meeting, "Børne- og ungdomsudvalget 28-06-2023");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // As an administrator may: the meetings in the content admin, with a field of their own.
            await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(MedTypes.Meeting, type => type
                .Listable()
                .WithField("Mødeleder", FieldTypes.Text));
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var version = (await content.BeginEditAsync(meeting.ContentItemId, meeting.ConcurrencyStamp))!;
            version.SetField("Mødeleder", new TextField { Text = "Anette Ruby Liebe leder mødet" });
            Assert.True((await content.SaveAsync(version, publish: true)).Succeeded);
        }

        var document = await factory.DocumentAsync(meeting.ContentItemId);

        Assert.Equal("Møde", document.TypeLabel);
        Assert.Equal($"/meetings/{meeting.ContentItemId}", document.Url);
        Assert.Equal("Referat: Børne- og ungdomsudvalget 28-06-2023", document.Title);
        Assert.Equal(
            ["Gæstekantinen på Rådhuset i Grenaa", "Anette Ruby Liebe", "Jens Kannegaard Lundager", "Martin Raghner", "Anette Ruby Liebe leder mødet"],
            document.Texts);
    }
}

public sealed class SqlitePageDocumentTests(PortalFactory factory) : PageDocumentTests<PortalFactory>(factory);

public sealed class PostgresPageDocumentTests(PostgresPortalFactory factory) : PageDocumentTests<PostgresPortalFactory>(factory);
