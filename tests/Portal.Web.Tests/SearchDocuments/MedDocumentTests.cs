using System.Net;
using Portal.Core.Content.Visibility;
using Portal.Med;
using Portal.Med.Services;

namespace Portal.Web.Tests.SearchDocuments;

/// <summary>
/// The demo's MED items as search finds them: labelled as readers call them, under their committee
/// and meeting date, at their reader page, with every section's text; the decision only once the
/// minutes are out, and a closed item only for those who may read it.
/// </summary>
public abstract class MedDocumentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task An_agenda_item_is_found_under_its_committee_and_meeting_date_with_its_sections_and_decision()
    {
        var item = await factory.PublishedAsync(MedTypes.AgendaItem, "Temadrøftelse om fastholdelse og rekruttering");

        var document = await factory.DocumentAsync(item.ContentItemId);

        Assert.Equal("Dagsordenspunkt", document.TypeLabel);
        Assert.Equal("Temadrøftelse om fastholdelse og rekruttering", document.Title);
        Assert.Equal($"/items/{item.ContentItemId}", document.Url);
        Assert.Equal("Hovedudvalget", document.Committee);
        Assert.Equal(SearchDocumentSteps.Utc(2023, 4, 27, 7), document.DateUtc);
        Assert.Contains(PrincipalKeys.Everyone, document.Readers);

        // Sagsfremstilling, sammenhæng, lovgrundlag, indstilling and the decision, in the page's order.
        SearchDocumentSteps.AssertInOrder(
            document.Body,
            "I efteråret 2022 blev der afholdt MED-konference om fastholdelse og rekruttering.",
            "Der er sammenhæng til HR-strategien samt materialer fra TRIO-stormøde om fremtidens arbejdsfællesskaber.",
            "Styrelseslovens § 17, stk. 4.",
            "Formanden indstiller, at Hovedudvalget har en dialog om rekruttering og fastholdelse som temaer",
            "Taget til efterretning",
            "Det blev aftalt, at Hovedudvalget har rekruttering og fastholdelse på som et fast tema året ud");
        Assert.Contains("Styrelseslovens § 17, stk. 4.", document.Texts);

        var page = await factory.OpenAsync("hu.formand", document);
        Assert.Contains("Temadrøftelse om fastholdelse og rekruttering", page);
    }

    [Fact]
    public async Task The_communication_item_also_has_the_text_the_committee_agreed_to_communicate()
    {
        var item = await factory.PublishedAsync(MedTypes.AgendaItem, "Kommunikation fra mødet");

        var document = await factory.DocumentAsync(item.ContentItemId);

        Assert.Equal("Dagsordenspunkt", document.TypeLabel);
        Assert.Equal($"/items/{item.ContentItemId}", document.Url);
        Assert.Contains("Hovedudvalget aftalte budskabet herunder.", document.Body);
        Assert.Contains(
            "Fastholdelse og rekruttering bliver et fast tema på Hovedudvalgets møder resten af året, og Hovedudvalget opfordrer Områdeudvalgene til at gøre det samme.",
            document.Texts);
    }

    [Fact]
    public async Task A_decision_is_not_found_before_the_minutes_are_published()
    {
        // The meeting's agenda is out, its minutes are waiting for approval: the decision is written but not shown.
        var item = await factory.PublishedAsync(MedTypes.AgendaItem, "Fastholdelse og rekruttering");

        var document = await factory.DocumentAsync(item.ContentItemId);

        Assert.Equal("Områdeudvalg sundhed og omsorg", document.Committee);
        Assert.Equal(SearchDocumentSteps.Utc(2023, 1, 31, 8), document.DateUtc);
        Assert.Contains("Fastholdelse og rekruttering er en strategisk indsats", document.Body);
        Assert.Contains("Punktet har ingen økonomiske konsekvenser.", document.Texts);
        Assert.Contains("Formanden indstiller, at orienteringen tages til efterretning.", document.Body);
        Assert.DoesNotContain("Orienteringen blev taget til efterretning.", document.Body);
        Assert.DoesNotContain("Taget til efterretning", document.Texts);
    }

    [Fact]
    public async Task A_closed_item_is_described_only_for_the_committee_that_may_read_it()
    {
        var committee = await factory.PublishedAsync(MedTypes.Committee, "Hovedudvalget");
        var item = await factory.PublishedAsync(MedTypes.AgendaItem, "Personalesag (demo)");

        var document = await factory.DocumentAsync(item.ContentItemId);

        Assert.Equal("Personalesag (demo)", document.Title);
        Assert.Equal($"/items/{item.ContentItemId}", document.Url);
        Assert.Equal("Hovedudvalget", document.Committee);
        Assert.DoesNotContain(PrincipalKeys.Everyone, document.Readers);
        Assert.Contains(MedKeys.MemberOf(committee.ContentItemId), document.Readers);
        Assert.Contains("En opdigtet lukket sag", document.Body);

        Assert.Contains("En opdigtet lukket sag", await factory.OpenAsync("hu.formand", document));
        var employee = await factory.OpenAsync("medarbejder", document);
        Assert.DoesNotContain("Personalesag (demo)", employee);
        Assert.DoesNotContain("En opdigtet lukket sag", employee);
    }

    [Fact]
    public async Task A_meeting_is_found_as_its_page_names_it_with_its_place_and_attendance()
    {
        var meeting = await factory.PublishedAsync(MedTypes.Meeting, "Hovedudvalget 27-04-2023");

        var document = await factory.DocumentAsync(meeting.ContentItemId);

        Assert.Equal("Møde", document.TypeLabel);
        Assert.Equal("Referat: Hovedudvalget 27-04-2023", document.Title);
        Assert.Equal($"/meetings/{meeting.ContentItemId}", document.Url);
        Assert.Equal("Hovedudvalget", document.Committee);
        Assert.Equal(SearchDocumentSteps.Utc(2023, 4, 27, 7), document.DateUtc);
        Assert.Contains("Rådhuset, Grenaa", document.Texts);
        Assert.Contains("Carsten Willadsen", document.Texts);
        Assert.Contains("Referat: Hovedudvalget 27-04-2023", await factory.OpenAsync("medarbejder", document));
    }

    [Fact]
    public async Task A_meeting_whose_minutes_are_not_out_is_found_by_its_agenda()
    {
        var meeting = await factory.PublishedAsync(MedTypes.Meeting, "Områdeudvalg sundhed og omsorg 31-01-2023");

        var document = await factory.DocumentAsync(meeting.ContentItemId);

        Assert.Equal("Dagsorden: Områdeudvalg sundhed og omsorg 31-01-2023", document.Title);
        Assert.Equal("Områdeudvalg sundhed og omsorg", document.Committee);
    }

    [Fact]
    public async Task A_committee_is_found_by_its_name_kind_and_members()
    {
        var committee = await factory.PublishedAsync(MedTypes.Committee, "Hovedudvalget");

        var document = await factory.DocumentAsync(committee.ContentItemId);

        Assert.Equal("Udvalg", document.TypeLabel);
        Assert.Equal("Hovedudvalget", document.Title);
        Assert.Equal($"/committees/{committee.ContentItemId}", document.Url);
        Assert.Equal("Hovedudvalget", document.Committee);
        Assert.Equal(["Hovedudvalg", "HU", "Demo Formand (HU)", "Demo Næstformand (HU)", "Carsten Willadsen", "Ole Andersen", "Anni Hovmann Nielsen"], document.Texts);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.LoginAsync("medarbejder")).GetAsync(document.Url!)).StatusCode);
    }
}

public sealed class SqliteMedDocumentTests(PortalFactory factory) : MedDocumentTests<PortalFactory>(factory);

public sealed class PostgresMedDocumentTests(PostgresPortalFactory factory) : MedDocumentTests<PostgresPortalFactory>(factory);
