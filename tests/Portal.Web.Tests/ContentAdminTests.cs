using System.Net;

namespace Portal.Web.Tests;

/// <summary>An editor creating, publishing, versioning and restoring a page through the admin.</summary>
public abstract class ContentAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task A_page_goes_from_draft_to_published_to_a_new_draft_and_back()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var id = await ContentSteps.CreatePageAsync(editor, "Ferieregler", "ferieregler", "<p>Første udgave</p>", publish: true);
        Assert.Contains("Første udgave", await employee.GetPageAsync("/ferieregler"));

        var saved = await ContentSteps.EditPageAsync(editor, id, "Ferieregler 2027", "ferieregler", "<p>Anden udgave</p>", publish: false);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var published = await employee.GetPageAsync("/ferieregler");
        Assert.Contains("Første udgave", published);
        Assert.DoesNotContain("Anden udgave", published);
        Assert.Contains("Anden udgave", await editor.GetPageAsync($"/admin/contents/{id}/preview"));

        var publish = await editor.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/publish", new() { ["concurrencyStamp"] = await ContentSteps.StampAsync(editor, id) });
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains("Anden udgave", await employee.GetPageAsync("/ferieregler"));

        var versions = await editor.GetPageAsync($"/admin/contents/{id}/versions");
        Assert.Contains("Ferieregler 2027", versions);
        var firstVersionId = System.Text.RegularExpressions.Regex.Match(versions, $"/admin/contents/{id}/versions/([0-9a-z]{{26}})/restore").Groups[1].Value;
        var restore = await editor.PostFormAsync($"/admin/contents/{id}/versions", $"/admin/contents/{id}/versions/{firstVersionId}/restore", new() { ["concurrencyStamp"] = await ContentSteps.StampAsync(editor, id) });
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var editorPage = await editor.GetPageAsync($"/admin/contents/{id}/edit");
        Assert.Contains("Første udgave", editorPage);
        Assert.Contains("Version 3", editorPage);

        var compare = await editor.GetPageAsync($"/admin/contents/{id}/compare");
        Assert.Contains("<del>", compare);
        Assert.Contains("<ins>", compare);
    }

    [Fact]
    public async Task Unpublishing_removes_the_page_from_employees_and_keeps_it_for_editors()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Midlertidig", "midlertidig", "<p>Kort tid</p>", publish: true);

        var response = await editor.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/unpublish", new() { ["concurrencyStamp"] = await ContentSteps.StampAsync(editor, id) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.LoginAsync("medarbejder")).GetAsync("/midlertidig")).StatusCode);
        Assert.Contains("Kort tid", await editor.GetPageAsync($"/admin/contents/{id}/edit"));
    }

    [Fact]
    public async Task Deleting_asks_first_and_then_removes_the_page_everywhere()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Skal slettes", "skal-slettes", "<p>Væk</p>", publish: true);
        Assert.Contains("Ja, slet", await editor.GetPageAsync($"/admin/contents/{id}/delete"));

        var response = await editor.PostFormAsync($"/admin/contents/{id}/delete", $"/admin/contents/{id}/delete", new() { ["concurrencyStamp"] = await ContentSteps.StampAsync(editor, id) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/skal-slettes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/contents/{id}/edit")).StatusCode);
        Assert.DoesNotContain($"/admin/contents/{id}/edit", await editor.GetPageAsync("/admin/contents"));
    }

    [Fact]
    public async Task A_stale_edit_shows_a_conflict_with_both_texts_and_loses_nothing()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var colleague = await factory.LoginAsync("admin");
        var id = await ContentSteps.CreatePageAsync(editor, "Mødeplan", "moedeplan", "<p>Oprindelig</p>", publish: true);
        var staleStamp = await ContentSteps.StampAsync(editor, id);
        Assert.Equal(HttpStatusCode.Redirect, (await ContentSteps.EditPageAsync(colleague, id, "Mødeplan", "moedeplan", "<p>Kollegaens tekst</p>", publish: false)).StatusCode);

        var response = await ContentSteps.EditPageAsync(editor, id, "Min mødeplan", "moedeplan", "<p>Min tekst</p>", publish: false, stamp: staleStamp);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var conflict = await response.Content.ReadAsStringAsync();
        Assert.Contains("Kollegaens tekst", conflict);
        Assert.Contains("Min tekst", conflict);
        Assert.Contains("Min mødeplan", conflict);
        Assert.Contains("Brug min version", conflict);
        Assert.Contains("Kollegaens tekst", await editor.GetPageAsync($"/admin/contents/{id}/preview"));
        Assert.Contains("konflikt", await editor.GetPageAsync($"/admin/contents/{id}/versions"));
    }

    [Fact]
    public async Task The_history_offers_to_compare_older_versions_with_the_latest_not_the_latest_with_itself()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Historik", "historik", "<p>Første</p>", publish: true);
        Assert.Equal(HttpStatusCode.Redirect, (await ContentSteps.EditPageAsync(editor, id, "Historik", "historik", "<p>Anden</p>", publish: true)).StatusCode);

        var history = await editor.GetPageAsync($"/admin/contents/{id}/versions");

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(history, "Sammenlign med seneste"));
        Assert.Contains("Sammenlign med seneste<span class=\"sr-only\"> (version 1)", history);
    }

    [Fact]
    public async Task Saving_the_same_text_twice_is_not_a_conflict()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var id = await ContentSteps.CreatePageAsync(editor, "Dobbeltklik", "dobbeltklik", "<p>En gang</p>", publish: true);
        var stamp = await ContentSteps.StampAsync(editor, id);
        Assert.Equal(HttpStatusCode.Redirect, (await ContentSteps.EditPageAsync(editor, id, "Dobbeltklik", "dobbeltklik", "<p>To gange</p>", publish: false, stamp: stamp)).StatusCode);

        var second = await ContentSteps.EditPageAsync(editor, id, "Dobbeltklik", "dobbeltklik", "<p>To gange</p>", publish: false, stamp: stamp);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.DoesNotContain("konflikt", await editor.GetPageAsync($"/admin/contents/{id}/versions"));
    }

    [Fact]
    public async Task Odd_list_addresses_still_give_a_list()
    {
        var editor = await factory.LoginAsync("redaktoer");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/contents?page=200000000")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/contents?page=-5&sort=Nope&status=Hmm&type=Findes")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.Http.PostAsync("/admin/contents/abc/edit", new FormUrlEncodedContent(new Dictionary<string, string>()))).StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_Danish_messages_and_saves_nothing()
    {
        var editor = await factory.LoginAsync("redaktoer");
        await ContentSteps.CreatePageAsync(editor, "Optaget adresse", "optaget", "<p>x</p>", publish: true);
        var before = await editor.GetPageAsync("/admin/contents");

        var noTitle = await editor.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new() { ["TitlePart.Title"] = "", ["AutoroutePart.Path"] = "uden-titel", ["submit"] = "save" });
        var badPath = await editor.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new() { ["TitlePart.Title"] = "Forkert adresse", ["AutoroutePart.Path"] = "Æble Grød!", ["submit"] = "save" });
        var reserved = await editor.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new() { ["TitlePart.Title"] = "Admin-side", ["AutoroutePart.Path"] = "admin/x", ["submit"] = "save" });
        var taken = await editor.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new() { ["TitlePart.Title"] = "Dublet", ["AutoroutePart.Path"] = "optaget", ["submit"] = "save" });

        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Contains("Skriv en titel.", await noTitle.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badPath.StatusCode);
        Assert.Contains("små bogstaver a–z", await badPath.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, reserved.StatusCode);
        Assert.Contains("som portalen selv bruger", await reserved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("bruges allerede", await taken.Content.ReadAsStringAsync());
        Assert.Equal(CountRows(before), CountRows(await editor.GetPageAsync("/admin/contents")));
    }

    [Fact]
    public async Task Rich_text_is_sanitized_before_it_is_stored_and_shown()
    {
        var editor = await factory.LoginAsync("redaktoer");
        await ContentSteps.CreatePageAsync(editor, "Sikker tekst", "sikker-tekst", "<p>Hej</p><script>alert('x')</script><img src=\"/x.png\" onerror=\"alert(1)\" alt=\"billede\"><a href=\"javascript:alert(1)\">link</a>", publish: true);

        var page = await (await factory.LoginAsync("medarbejder")).GetPageAsync("/sikker-tekst");

        Assert.Contains("<p>Hej</p>", page);
        Assert.DoesNotContain("alert(", page);
        Assert.DoesNotContain("onerror", page);
        Assert.DoesNotContain("javascript:", page);
    }

    [Fact]
    public async Task A_field_added_at_run_time_appears_in_the_editor_and_on_the_page()
    {
        var admin = await factory.LoginAsync("admin");
        var add = await admin.PostFormAsync("/admin/content-types/Page", "/admin/content-types/Page/fields", new()
        {
            ["NewField.Name"] = $"Kontakt{Guid.NewGuid():n}"[..20],
            ["NewField.DisplayName"] = "Kontaktperson",
            ["NewField.FieldType"] = "TextField",
        });
        Assert.True(add.StatusCode == HttpStatusCode.Redirect, await add.Content.ReadAsStringAsync());
        var editorPage = await admin.GetPageAsync("/admin/contents/create/Page");
        Assert.Contains("Kontaktperson", editorPage);
        var fieldName = System.Text.RegularExpressions.Regex.Match(editorPage, "name=\"(Fields\\.Kontakt[0-9a-f]+\\.Text)\"").Groups[1].Value;

        var create = await admin.PostFormAsync("/admin/contents/create/Page", "/admin/contents/create/Page", new()
        {
            ["TitlePart.Title"] = "Med kontakt",
            ["AutoroutePart.Path"] = "med-kontakt",
            [fieldName] = "Hanne Sørensen",
            ["submit"] = "publish",
        });
        Assert.True(create.StatusCode == HttpStatusCode.Redirect, await create.Content.ReadAsStringAsync());
        Assert.Contains("Hanne Sørensen", await admin.GetPageAsync("/med-kontakt"));

        var badField = await admin.PostFormAsync("/admin/content-types/Page", "/admin/content-types/Page/fields", new() { ["NewField.Name"] = "ugyldigt navn", ["NewField.DisplayName"] = "X", ["NewField.FieldType"] = "NoSuchField" });
        Assert.Equal(HttpStatusCode.BadRequest, badField.StatusCode);
        Assert.Contains("Vælg en af de viste felttyper.", await badField.Content.ReadAsStringAsync());
    }

    private static int CountRows(string listPage) => System.Text.RegularExpressions.Regex.Count(listPage, "/admin/contents/[0-9a-z]{26}/edit");
}

public sealed class SqliteContentAdminTests(PortalFactory factory) : ContentAdminTests<PortalFactory>(factory);

public sealed class PostgresContentAdminTests(PostgresPortalFactory factory) : ContentAdminTests<PostgresPortalFactory>(factory);
