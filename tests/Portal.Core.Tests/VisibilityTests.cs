using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Visibility;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Core.Tests;

/// <summary>One stored answer to "who may read this version?", kept in step with every save.</summary>
public abstract class VisibilityTests<THost>(THost host) : IClassFixture<THost>
    where THost : PortalTestHost
{
    private static readonly ClaimsPrincipal Employee = User("medarbejder", PortalRoles.Employee);
    private static readonly ClaimsPrincipal Editor = User("redaktoer", PortalRoles.Editor);

    [Fact]
    public async Task An_open_item_is_readable_by_every_signed_in_user_but_not_anonymously()
    {
        var id = await CreateNoteAsync("åben");

        Assert.True(await CanReadAsync(Employee, id));
        Assert.False(await CanReadAsync(new ClaimsPrincipal(new ClaimsIdentity()), id));
    }

    [Fact]
    public async Task A_module_rule_restricts_an_item_and_every_reader_agrees()
    {
        var open = await CreateNoteAsync("åben");
        var closed = await CreateNoteAsync("fortrolig");

        Assert.False(await CanReadAsync(Employee, closed));
        Assert.True(await CanReadAsync(Editor, closed));

        await using var scope = host.Scope();
        var visibility = scope.ServiceProvider.GetRequiredService<IContentVisibility>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ids = new[] { open, closed };
        var forEmployee = await visibility.Versions(await visibility.KeysOfAsync(Employee)).Where(c => c.Published && ids.Contains(c.ContentItemId)).Select(c => c.ContentItemId).ToListAsync();
        var fromIndex = await visibility.Readable(db.Set<NoteIndex>().Where(r => r.Published && ids.Contains(r.ContentItemId)), await visibility.KeysOfAsync(Employee)).Select(r => r.ContentItemId).ToListAsync();
        Assert.Equal([open], forEmployee);
        Assert.Equal([open], fromIndex);
    }

    [Fact]
    public async Task Readers_follow_the_item_when_its_rule_stops_applying()
    {
        var id = await CreateNoteAsync("fortrolig");
        Assert.False(await CanReadAsync(Employee, id));

        await using (var scope = host.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            var version = (await content.BeginEditAsync(id, latest.ConcurrencyStamp))!;
            version.Alter<NotePart>(p => p.Category = "åben");
            Assert.True((await content.SaveAsync(version, publish: true)).Succeeded);
        }

        Assert.True(await CanReadAsync(Employee, id));
    }

    [Fact]
    public void Restrictions_combine_to_the_keys_they_share()
    {
        var context = new VisibilityContext();
        Assert.Equal([PrincipalKeys.Everyone], context.Readers);

        context.RestrictTo(["committee:hu:member", "role:Administrator"]);
        context.RestrictTo(["committee:hu:member", "committee:omu:member"]);

        Assert.Equal(["committee:hu:member"], context.Readers);
    }

    [Fact]
    public async Task A_reader_who_may_only_know_an_item_exists_gets_its_redacted_record_and_never_its_content()
    {
        var id = await CreateNoteAsync("fortrolig", title: "Lønforhandling 2027");

        await using var scope = host.Scope();
        var visibility = scope.ServiceProvider.GetRequiredService<IContentVisibility>();
        var forEmployee = await visibility.GetAsync(Employee, id);
        var forEditor = await visibility.GetAsync(Editor, id);

        Assert.NotNull(forEmployee);
        Assert.True(forEmployee.IsRedacted);
        Assert.Equal("Fortrolig note", forEmployee.Item.DisplayText);
        Assert.DoesNotContain("Lønforhandling", forEmployee.Item.Data, StringComparison.Ordinal);
        Assert.Equal("fortrolig", forEmployee.Item.As<NotePart>().Category);
        Assert.Null(await visibility.GetAsync(new ClaimsPrincipal(new ClaimsIdentity()), id));
        Assert.False(forEditor!.IsRedacted);
        Assert.Equal("Lønforhandling 2027", forEditor.Item.DisplayText);
        Assert.Empty(await visibility.Versions(await visibility.KeysOfAsync(Employee)).Where(c => c.ContentItemId == id).ToListAsync());
    }

    [Fact]
    public async Task A_key_that_may_only_know_of_an_item_is_stored_so_no_reader_unaware_of_redaction_can_match_it()
    {
        var id = await CreateNoteAsync("fortrolig");

        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = await db.Set<ContentReader>().Where(r => r.ContentItemId == id).ToListAsync();

        Assert.Contains(rows, r => r.Redacted && r.PrincipalKey == "known:" + PrincipalKeys.Everyone);
        Assert.DoesNotContain(rows, r => r.PrincipalKey == PrincipalKeys.Everyone);
    }

    [Fact]
    public async Task A_draft_is_read_only_by_those_who_may_edit_its_type_and_its_author()
    {
        var id = await CreateNoteAsync("åben", publish: false, author: "forfatter");

        await using var scope = host.Scope();
        var visibility = scope.ServiceProvider.GetRequiredService<IContentVisibility>();
        Assert.Null(await visibility.GetAsync(Employee, id, VersionOptions.Latest));
        Assert.False((await visibility.GetAsync(Editor, id, VersionOptions.Latest))!.IsRedacted);
        Assert.False((await visibility.GetAsync(User("forfatter", PortalRoles.Employee), id, VersionOptions.Latest))!.IsRedacted);
    }

    [Fact]
    public void A_rule_that_shows_nothing_hides_that_the_item_exists_even_when_another_rule_would_show_it()
    {
        var context = new VisibilityContext();
        context.RestrictTo(["committee:hu:member"], mayKnowItExists: [PrincipalKeys.Everyone]);
        context.RedactAs("Lukket punkt");
        Assert.Equal([PrincipalKeys.Everyone], context.RedactedReaders);

        context.RestrictTo(["committee:hu:secretary", "committee:hu:member"]);

        Assert.Equal(["committee:hu:member"], context.Readers);
        Assert.Equal(["committee:hu:secretary"], context.RedactedReaders);
    }

    private async Task<string> CreateNoteAsync(string category, bool publish = true, string? author = null, string? title = null)
    {
        await using var scope = host.Scope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync("Note");
        item.Alter<NotePart>(p => p.Category = category);
        item.Author = author;
        item.DisplayText = title ?? "Note";
        Assert.True((await content.CreateAsync(item, publish)).Succeeded);
        return item.ContentItemId;
    }

    private async Task<bool> CanReadAsync(ClaimsPrincipal user, string id)
    {
        await using var scope = host.Scope();
        var item = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id))!;
        return await scope.ServiceProvider.GetRequiredService<IContentVisibility>().CanReadAsync(user, item);
    }

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.NameIdentifier, name), new Claim(ClaimTypes.Role, role)], "test"));
}

public sealed class SqliteVisibilityTests(SqliteHost host) : VisibilityTests<SqliteHost>(host);

public sealed class PostgresVisibilityTests(PostgresHost host) : VisibilityTests<PostgresHost>(host);
