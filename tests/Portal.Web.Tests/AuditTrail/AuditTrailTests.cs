using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.AuditTrail.Models;
using Portal.AuditTrail.Services;
using Portal.Core.Data;
using static Portal.Web.Tests.Workflows.WorkflowSteps;

namespace Portal.Web.Tests.AuditTrail;

/// <summary>
/// The audit trail as administrators and editors see it: each kind of event is recorded with who
/// did it, the item's Historik shows it, the admin view filters it and exports it as CSV, and no
/// record can be changed or deleted.
/// </summary>
public abstract partial class AuditTrailTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task Saving_publishing_and_unpublishing_are_in_the_items_Historik_with_the_changed_fields()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var title = "Historikside " + Guid.NewGuid().ToString("n")[..6];
        var id = await ContentSteps.CreatePageAsync(editor, title, publish: false);
        var path = PortalClient.ValueOf(await editor.GetPageAsync($"/admin/contents/{id}/edit"), "AutoroutePart.Path");
        Assert.Equal(HttpStatusCode.Redirect, (await ContentSteps.EditPageAsync(editor, id, title + " rettet", path, "<p>Tekst</p>", publish: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/publish", new() { ["concurrencyStamp"] = await ContentSteps.StampAsync(editor, id) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/unpublish", new() { ["concurrencyStamp"] = await ContentSteps.StampAsync(editor, id) })).StatusCode);

        var history = Rows(await editor.GetPageAsync($"/admin/contents/{id}/history"));

        Assert.Equal(["Indhold afpubliceret", "Indhold udgivet", "Indhold gemt", "Indhold oprettet"], history.Select(r => r.Kind));
        Assert.All(history, r => Assert.Equal("redaktoer", r.User));
        var saved = history.Single(r => r.Kind == "Indhold gemt");
        Assert.Contains("Gemt som version", saved.What, StringComparison.Ordinal);
        Assert.Contains("Ændrede felter: Titel", saved.What, StringComparison.Ordinal);
        Assert.DoesNotContain("Brødtekst", saved.What, StringComparison.Ordinal);

        // The editor shows the same history in its own section.
        var form = await editor.GetPageAsync($"/admin/contents/{id}/edit");
        Assert.Contains("<h2 class=\"h3\" id=\"historik-heading\">Historik</h2>", form, StringComparison.Ordinal);
        Assert.Contains("Indhold afpubliceret", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approval_is_recorded_with_the_approver_and_comment_and_the_publishing_follows_in_the_Historik()
    {
        var formand = await factory.LoginAsync("hu.formand");
        var task = (await formand.GetJsonAsync("/api/tasks")).EnumerateArray().First(t => t.GetProperty("contentTitle").GetString() == "Ledige uddannes til velfærdsfagene");
        var id = task.GetProperty("contentItemId").GetString()!;

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(formand, task.GetProperty("id").GetInt64(), "Approve", "Godkendt på mødet – æøå")).StatusCode);

        var history = Rows(await (await factory.LoginAsync("admin")).GetPageAsync($"/admin/contents/{id}/history"));
        var decision = history.First(r => r.Kind == "Beslutning i arbejdsgang");
        Assert.Equal("hu.formand", decision.User);
        Assert.Contains("Kommentar: Godkendt på mødet – æøå", decision.What, StringComparison.Ordinal);
        var published = history.First(r => r.Kind == "Indhold udgivet");
        Assert.Equal("hu.formand", published.User);
    }

    [Fact]
    public async Task Logins_that_succeed_and_fail_are_recorded()
    {
        var stranger = factory.Anonymous();
        var failed = await stranger.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "medarbejder", ["Password"] = "forkert-kode-123" });
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        await factory.Anonymous().LoginAsync("sekretaer", PortalFactory.DemoPassword);

        var admin = await factory.LoginAsync("admin");
        var failures = Rows(await admin.GetPageAsync("/admin/audit?user=medarbejder&kind=login.failed"));
        Assert.Contains(failures, r => r.What.Contains("Login afvist: Forkert brugernavn eller adgangskode", StringComparison.Ordinal));
        Assert.Contains(Rows(await admin.GetPageAsync("/admin/audit?user=sekretaer&kind=login.succeeded")), r => r.Kind == "Logget ind");
    }

    [Fact]
    public async Task Role_permissions_users_and_their_roles_are_recorded_and_a_viewer_does_not_see_titles_they_may_not_read()
    {
        var admin = await factory.LoginAsync("admin");
        var suffix = Guid.NewGuid().ToString("n")[..6];
        var roleName = "Revisor" + suffix;
        var created = await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create", new() { ["Name"] = roleName, ["Description"] = "Læser historikken" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var roleEdit = created.Headers.Location!.OriginalString;
        var roleForm = await admin.GetPageAsync(roleEdit);
        var granted = await admin.Http.PostAsync(roleEdit, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalClient.TokenOf(roleForm)),
            new("ConcurrencyStamp", PortalClient.ValueOf(roleForm, "ConcurrencyStamp")),
            new("Description", "Læser historikken"),
            new("SelectedPermissions", "AccessAdmin"),
            new("SelectedPermissions", "ViewAuditTrail"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        var userName = "revisor" + suffix;
        var user = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = userName,
            ["DisplayName"] = "Rikke Revisor",
            ["Password"] = PortalFactory.DemoPassword,
            ["ConfirmPassword"] = PortalFactory.DemoPassword,
            ["SelectedRoles"] = roleName,
        });
        Assert.Equal(HttpStatusCode.Redirect, user.StatusCode);

        var records = Rows(await admin.GetPageAsync("/admin/audit?user=admin"));
        Assert.Contains(records, r => r.Kind == "Rolle oprettet" && r.What.Contains(roleName, StringComparison.Ordinal));
        Assert.Contains(records, r => r.Kind == "Rolle ændret" && r.What.Contains("rettigheder givet: Adgang til administrationen, Se historikken over alle hændelser og hente den som CSV", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Kind == "Bruger oprettet" && r.What.Contains($"Brugeren {userName} oprettet med rollerne {roleName}", StringComparison.Ordinal));

        // An editor's draft is theirs and the administrators' to read, not the auditor's.
        var editor = await factory.LoginAsync("redaktoer");
        var secret = "Fortrolig kladde " + suffix;
        var draftId = await ContentSteps.CreatePageAsync(editor, secret, publish: false);
        var auditor = factory.Anonymous();
        await auditor.LoginAsync(userName, PortalFactory.DemoPassword);
        var seen = await auditor.GetPageAsync("/admin/audit?user=redaktoer");
        Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);
        Assert.DoesNotContain(draftId, seen, StringComparison.Ordinal);
        Assert.Contains("Indhold du ikke kan se", seen, StringComparison.Ordinal);
        Assert.Empty(Rows(await auditor.GetPageAsync($"/admin/audit?item={Uri.EscapeDataString(secret)}")));
        Assert.DoesNotContain(secret, Encoding.UTF8.GetString(await (await auditor.GetAsync("/admin/audit/export.csv?user=redaktoer")).Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Contains(secret, await admin.GetPageAsync($"/admin/audit?item={Uri.EscapeDataString(secret)}"), StringComparison.Ordinal);

        // A role change is recorded with what was given and taken.
        var editUser = Regex.Match(await admin.GetPageAsync($"/admin/users?search={userName}"), "href=\"(/admin/users/[^/\"]+/edit)\"").Groups[1].Value;
        var userForm = await admin.GetPageAsync(editUser);
        var changed = await admin.Http.PostAsync(editUser, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(userForm),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(userForm, "ConcurrencyStamp"),
            ["DisplayName"] = "Rikke Revisor",
            ["SelectedRoles"] = "Editor",
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var roleChange = Rows(await admin.GetPageAsync("/admin/audit?kind=user.changed")).First();
        Assert.Contains($"Brugeren {userName} ændret: roller tilføjet: Redaktør; roller fjernet: {roleName}", roleChange.What, StringComparison.Ordinal);
        Assert.Contains("Ændrede felter: Roller", roleChange.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committee_membership_changes_are_recorded_with_who_joined_and_left()
    {
        var admin = await factory.LoginAsync("admin");
        var name = "Revisionsudvalget " + Guid.NewGuid().ToString("n")[..6];
        var created = await admin.PostFormAsync("/committees/new", "/committees/new", new()
        {
            ["Name"] = name,
            ["Abbreviation"] = "RU",
            ["Kind"] = "Hovedudvalg",
            ["Members[0].Name"] = "Mette Medarbejder",
            ["Members[0].UserName"] = "medarbejder",
            ["Members[0].Role"] = "Member",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/').Last();

        var form = await admin.GetPageAsync($"/committees/{id}/edit");
        var saved = await admin.Http.PostAsync($"/committees/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["Name"] = name,
            ["Abbreviation"] = "RU",
            ["Kind"] = "Hovedudvalg",
            ["Members[0].Name"] = "Mette Medarbejder",
            ["Members[0].UserName"] = "medarbejder",
            ["Members[0].Role"] = "Chair",
            ["Members[1].Name"] = "Sofie Sekretær",
            ["Members[1].UserName"] = "sekretaer",
            ["Members[1].Role"] = "Secretary",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var changes = Rows(await admin.GetPageAsync($"/admin/audit?kind=committee.membership&item={id}"));
        Assert.Equal(2, changes.Count);
        Assert.All(changes, r => Assert.Equal("admin", r.User));
        Assert.Contains("tilføjet: Sofie Sekretær [sekretaer]", changes[0].What, StringComparison.Ordinal);
        Assert.Contains("ændret: Mette Medarbejder [medarbejder] (Medlem", changes[0].What, StringComparison.Ordinal);
        Assert.Contains("tilføjet: Mette Medarbejder [medarbejder]", changes[1].What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_narrow_the_view_and_the_CSV_opens_in_Danish_Excel_with_æøå_intact()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var title = "Æblegrød på Ærø " + Guid.NewGuid().ToString("n")[..6];
        var id = await ContentSteps.CreatePageAsync(editor, title, publish: true);
        var admin = await factory.LoginAsync("admin");
        var today = Portal.Core.Display.DanishClock.Day(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var byItem = Rows(await admin.GetPageAsync($"/admin/audit?item={Uri.EscapeDataString(title[..16])}&from={today}&to={today}"));
        Assert.Equal(["Indhold udgivet", "Indhold oprettet"], byItem.Select(r => r.Kind));
        Assert.Single(Rows(await admin.GetPageAsync($"/admin/audit?item={id}&kind=content.published")));
        Assert.Empty(Rows(await admin.GetPageAsync($"/admin/audit?item={id}&user=admin")));
        Assert.Empty(Rows(await admin.GetPageAsync($"/admin/audit?item={id}&to=2020-01-01")));

        var csv = await admin.GetAsync($"/admin/audit/export.csv?item={id}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tidspunkt;Hændelse;Bruger;Indhold;Indholds-id;Version;Felter;Beskrivelse;Kommentar;IP-adresse", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["Indhold udgivet", "redaktoer", title, id, "1"], lines[1].Split(';')[1..6]);
    }

    [Fact]
    public async Task Old_records_are_purged_after_the_retention_period_and_the_purge_is_recorded()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Set<AuditRecord>().Add(new AuditRecord { CreatedUtc = DateTime.UtcNow.AddYears(-6), Kind = "login.succeeded", Category = "login", UserName = "gammel.bruger", Summary = "Logget ind" });
            await db.SaveChangesAsync();
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync());
        }

        var admin = await factory.LoginAsync("admin");
        Assert.Empty(Rows(await admin.GetPageAsync("/admin/audit?user=gammel.bruger")));
        var purge = Rows(await admin.GetPageAsync("/admin/audit?kind=audit.purged")).Single();
        Assert.Equal("system", purge.User);
        Assert.Matches("^1 post ældre end .* slettet \\(opbevaringstid 1826 dage\\)", purge.What);
    }

    [Fact]
    public async Task A_record_cannot_be_changed_or_deleted()
    {
        await ContentSteps.CreatePageAsync(await factory.LoginAsync("redaktoer"), "Uforanderlig " + Guid.NewGuid().ToString("n")[..6], publish: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var record = await db.Set<AuditRecord>().OrderByDescending(r => r.Id).FirstAsync();
        var summary = record.Summary;

        record.Summary = "Ændret bagefter";
        await Assert.ThrowsAsync<AuditRecordsAreAppendOnlyException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Set<AuditRecord>().Remove(await db.Set<AuditRecord>().FirstAsync(r => r.Id == record.Id));
        Assert.Throws<AuditRecordsAreAppendOnlyException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        Assert.Equal(summary, (await db.Set<AuditRecord>().AsNoTracking().FirstAsync(r => r.Id == record.Id)).Summary);

        // Nor through the web: the view has no route that writes.
        var admin = await factory.LoginAsync("admin");
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete })
        {
            foreach (var path in new[] { "/admin/audit", $"/admin/audit/{record.Id}", "/admin/audit/export.csv", "/api/audit" })
            {
                var response = await admin.Http.SendAsync(new HttpRequestMessage(method, path));
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest, $"{method} {path} gave {(int)response.StatusCode}");
            }
        }

        Assert.Equal(summary, (await db.Set<AuditRecord>().AsNoTracking().FirstAsync(r => r.Id == record.Id)).Summary);
    }

    /// <summary>The audit table's rows: time, kind, user, (item,) version and what.</summary>
    private static List<AuditRowText> Rows(string page)
    {
        var table = Regex.Match(page, "<table class=\"table table--zebra audit-table\">(.*?)</table>", RegexOptions.Singleline);
        if (!table.Success)
        {
            return [];
        }

        var withItem = table.Value.Contains("<th scope=\"col\">Indhold</th>", StringComparison.Ordinal);
        return [.. Regex.Matches(table.Groups[1].Value, "<tr>(.*?)</tr>", RegexOptions.Singleline).Skip(1).Select(row =>
        {
            var cells = Regex.Matches(row.Groups[1].Value, "<td>(.*?)</td>", RegexOptions.Singleline).Select(c => Text(c.Groups[1].Value)).ToList();
            return new AuditRowText(cells[0], cells[1], cells[2], withItem ? cells[3] : null, cells[^1]);
        })];
    }

    private static string Text(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), "\\s+", " ")).Trim();

    private sealed record AuditRowText(string When, string Kind, string User, string? Item, string What);
}

public sealed class SqliteAuditTrailTests(PortalFactory factory) : AuditTrailTests<PortalFactory>(factory);

public sealed class PostgresAuditTrailTests(PostgresPortalFactory factory) : AuditTrailTests<PostgresPortalFactory>(factory);
