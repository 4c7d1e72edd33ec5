using System.Net;

namespace Portal.Web.Tests.Med;

/// <summary>Those who manage MED keep the committees; administrators keep their members and granted roles, which give access.</summary>
public sealed class CommitteeEditorTests(MedFixture fixture) : IClassFixture<MedFixture>
{
    [Theory]
    [InlineData("redaktoer", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData(MedFixture.SecretaryUser, HttpStatusCode.Forbidden)]
    [InlineData("medarbejder", HttpStatusCode.Forbidden)]
    public async Task Only_MED_managers_may_edit_committees(string user, HttpStatusCode expected)
    {
        var client = await fixture.LoginAsync(user);

        Assert.Equal(expected, (await client.GetAsync("/committees/new")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/committees/{fixture.CommitteeId}/edit")).StatusCode);
    }

    [Fact]
    public async Task A_new_member_with_an_account_can_read_the_committees_closed_items()
    {
        var editor = await fixture.LoginAsync("admin");
        var employee = await fixture.LoginAsync("medarbejder");
        Assert.DoesNotContain("Fortrolig sagsfremstilling", await employee.GetPageAsync($"/items/{fixture.ClosedItemId}"));

        var form = await editor.GetPageAsync($"/committees/{fixture.CommitteeId}/edit");
        var saved = await editor.Http.PostAsync($"/committees/{fixture.CommitteeId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["Name"] = "Testudvalget",
            ["Abbreviation"] = "TU",
            ["Kind"] = "Hovedudvalg",
            ["Members[0].Name"] = "Udvalgsmedlem",
            ["Members[0].UserName"] = MedFixture.MemberUser,
            ["Members[0].Role"] = "Member",
            ["Members[1].Name"] = "Udvalgssekretær",
            ["Members[1].UserName"] = MedFixture.SecretaryUser,
            ["Members[1].Role"] = "Secretary",
            ["Members[2].Name"] = "Mette Medarbejder",
            ["Members[2].UserName"] = "medarbejder",
            ["Members[2].Role"] = "Member",
            ["Members[2].Side"] = "Employees",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Mette Medarbejder", await employee.GetPageAsync($"/committees/{fixture.CommitteeId}"));

        // The closed item's readers are the committee's members, whoever they are now.
        var fresh = fixture.Anonymous();
        await fresh.LoginAsync("medarbejder", PortalFactory.DemoPassword);
        Assert.Contains("Fortrolig sagsfremstilling", await fresh.GetPageAsync($"/items/{fixture.ClosedItemId}"));
    }

    [Fact]
    public async Task Granting_a_role_the_closed_items_opens_them_to_it_at_once()
    {
        var admin = await fixture.LoginAsync("admin");
        Assert.DoesNotContain("Fortrolig sagsfremstilling", await admin.GetPageAsync($"/items/{fixture.ClosedItemId}"));

        var editor = await fixture.LoginAsync("admin");
        var form = await editor.GetPageAsync($"/committees/{fixture.CommitteeId}/edit");
        var saved = await editor.Http.PostAsync($"/committees/{fixture.CommitteeId}/edit", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.TokenOf(form)),
            new("ConcurrencyStamp", PortalClient.ValueOf(form, "ConcurrencyStamp")),
            new("Name", "Testudvalget"),
            new("Kind", "Hovedudvalg"),
            new("GrantedRoles", "Administrator"),
            new("Members[0].Name", "Udvalgsmedlem"),
            new("Members[0].UserName", MedFixture.MemberUser.ToUpperInvariant()),
            new("Members[1].Name", "Udvalgssekretær"),
            new("Members[1].UserName", MedFixture.SecretaryUser),
            new("Members[1].Role", "Secretary"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Fortrolig sagsfremstilling", await admin.GetPageAsync($"/items/{fixture.ClosedItemId}"));
        // The user name was typed in capitals; membership still works.
        Assert.Contains("Fortrolig sagsfremstilling", await (await fixture.LoginAsync(MedFixture.MemberUser)).GetPageAsync($"/items/{fixture.ClosedItemId}"));
    }

    [Fact]
    public async Task Bad_members_get_Danish_messages_and_nothing_is_saved()
    {
        var editor = await fixture.LoginAsync("admin");

        var response = await editor.PostFormAsync("/committees/new", "/committees/new", new()
        {
            ["Name"] = "Forkert udvalg",
            ["Kind"] = "LocalMed",
            ["Members[0].Name"] = "Ingen Bruger",
            ["Members[0].UserName"] = "findes.ikke",
            ["Members[1].Name"] = "Baglæns Periode",
            ["Members[1].From"] = "2026-05-01",
            ["Members[1].To"] = "2026-01-01",
        });
        var noName = await editor.PostFormAsync("/committees/new", "/committees/new", new() { ["Name"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Der findes ingen bruger med brugernavnet", text);
        Assert.Contains("findes.ikke", text);
        Assert.Contains("perioden skal slutte efter, at den begynder", text);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("Skriv udvalgets navn.", await noName.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Forkert udvalg", await editor.GetPageAsync("/committees"));
    }

    [Fact]
    public async Task An_editor_cannot_give_themselves_closed_item_access_but_may_still_edit_the_committee()
    {
        var editor = await fixture.LoginAsync("redaktoer");
        var form = await editor.GetPageAsync($"/committees/{fixture.CommitteeId}/edit");
        Assert.DoesNotContain("name=\"Members[0].UserName\"", form);
        Assert.DoesNotContain("name=\"GrantedRoles\"", form);

        FormUrlEncodedContent Post(params KeyValuePair<string, string>[] extra) => new(
        [
            new("__RequestVerificationToken", PortalClient.TokenOf(form)),
            new("ConcurrencyStamp", PortalClient.ValueOf(form, "ConcurrencyStamp")),
            new("Name", "Testudvalget"),
            new("Kind", "Hovedudvalg"),
            .. extra,
        ]);
        var asMember = await editor.Http.PostAsync($"/committees/{fixture.CommitteeId}/edit", Post(KeyValuePair.Create("Members[0].Name", "Rita Redaktør"), KeyValuePair.Create("Members[0].UserName", "redaktoer")));
        var asRole = await editor.Http.PostAsync($"/committees/{fixture.CommitteeId}/edit", Post(KeyValuePair.Create("GrantedRoles", "Editor")));
        var newCommittee = await editor.PostFormAsync("/committees/new", "/committees/new", new() { ["Name"] = "Eget udvalg", ["Kind"] = "LocalMed", ["Members[0].Name"] = "Rita", ["Members[0].UserName"] = "redaktoer" });

        Assert.Equal(HttpStatusCode.Forbidden, asMember.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asRole.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, newCommittee.StatusCode);
        var fresh = await fixture.LoginAsync("redaktoer");
        Assert.DoesNotContain("Fortrolig sagsfremstilling", await fresh.GetPageAsync($"/items/{fixture.ClosedItemId}"));
        Assert.DoesNotContain("Eget udvalg", await fresh.GetPageAsync("/committees"));

        // Renaming keeps the members the editor could not see as inputs.
        var renamed = await editor.Http.PostAsync($"/committees/{fixture.CommitteeId}/edit", Post());
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var page = await editor.GetPageAsync($"/committees/{fixture.CommitteeId}");
        Assert.Contains("Udvalgsmedlem", page);
        Assert.Contains("Fortrolig sagsfremstilling", await (await fixture.LoginAsync(MedFixture.MemberUser)).GetPageAsync($"/items/{fixture.ClosedItemId}"));
    }

    [Fact]
    public void A_change_of_access_is_described_with_who_made_it()
    {
        var before = new Portal.Med.Models.CommitteePart { Members = [new() { Name = "A", UserName = "a" }] };
        var after = new Portal.Med.Models.CommitteePart { Members = [new() { Name = "B", UserName = "b" }], GrantedRoles = ["Editor"] };

        var text = Portal.Med.Services.AccessChange.Describe(before, after, "admin");

        Assert.Equal("Adgang ændret af admin: medlemmer tilføjet: b (Medlem); medlemmer fjernet: a (Medlem); roller med adgang til lukkede punkter: Redaktør", text);
        Assert.Null(Portal.Med.Services.AccessChange.Describe(after, after, "admin"));
    }
}
