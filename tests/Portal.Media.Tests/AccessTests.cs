using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Media.Tests;

public sealed class AccessTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var uploaded = await editor.UploadOkAsync("referat.pdf", TestFiles.Pdf());
        var anonymous = factory.Anonymous();

        var upload = await anonymous.Http.PostAsync("/admin/media", new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Pdf()), "file", "referat.pdf" } });
        var list = await anonymous.GetAsync("/admin/media");
        var file = await anonymous.GetAsync(uploaded.Url);

        foreach (var response in new[] { upload, list, file })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery);
        }
    }

    [Fact]
    public async Task Employees_cannot_upload_or_see_the_file_list()
    {
        var employee = await factory.LoginAsync("medarbejder");
        var before = await factory.StoredAsync();

        var upload = await employee.Http.PostAsync("/admin/media", new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Pdf()), "file", "referat.pdf" } });
        var list = await employee.GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Contains("Du har ikke adgang", await list.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.StoredAsync());
    }

    [Fact]
    public async Task Employees_read_the_attachments_of_published_items_but_not_of_drafts()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var published = await ContentSteps.CreatePageAsync(editor, "Referat 27. april", publish: true);
        var draft = await ContentSteps.CreatePageAsync(editor, "Udkast til referat", publish: false);
        var pdf = TestFiles.Pdf();

        var ofPublished = await editor.UploadOkAsync("referat.pdf", pdf, contentItemId: published);
        var ofDraft = await editor.UploadOkAsync("udkast.pdf", pdf, contentItemId: draft);

        var read = await employee.GetAsync(ofPublished.Url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(pdf, await read.Content.ReadAsByteArrayAsync());
        Assert.Equal(published, (await factory.AttachmentAsync(ofPublished.Id)).ContentItemId);

        var refused = await employee.GetAsync(ofDraft.Url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Du har ikke adgang", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(ofDraft.Url)).StatusCode);
    }

    [Fact]
    public async Task A_file_attached_later_follows_its_item()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var draft = await ContentSteps.CreatePageAsync(editor, "Kommende referat", publish: false);
        var uploaded = await editor.UploadOkAsync("bilag.pdf", TestFiles.Pdf());
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync(uploaded.Url)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IMediaService>().AttachAsync(uploaded.Id, draft));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(uploaded.Url)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var employee = await factory.LoginAsync("medarbejder");

        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync("/media/0000000000000000000000000z/referat.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync("/media/findes-ikke")).StatusCode);
    }

    [Fact]
    public async Task The_name_in_the_address_does_not_choose_the_file()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var uploaded = await editor.UploadOkAsync("referat.pdf", TestFiles.Pdf());

        var response = await editor.GetAsync($"/media/{uploaded.Id}/noget-andet.exe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("referat.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/media/{uploaded.Id}")).StatusCode);
    }
}

/// <summary>The portal with one more attachment rule, as the MED module will add one.</summary>
public sealed class StrictAccessFactory : MediaFactory
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IAttachmentAccess, NothingConfidential>();

    private sealed class NothingConfidential : IAttachmentAccess
    {
        public Task<bool> CanReadAsync(ClaimsPrincipal user, Attachment attachment) =>
            Task.FromResult(!attachment.FileName.Contains("fortrolig", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class AttachmentRuleTests(StrictAccessFactory factory) : IClassFixture<StrictAccessFactory>
{
    [Fact]
    public async Task Every_attachment_rule_must_agree()
    {
        var editor = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");
        var published = await ContentSteps.CreatePageAsync(editor, "Referat med bilag", publish: true);

        var open = await editor.UploadOkAsync("bilag.pdf", TestFiles.Pdf(), contentItemId: published);
        var confidential = await editor.UploadOkAsync("fortroligt-bilag.pdf", TestFiles.Pdf(), contentItemId: published);

        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync(open.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(confidential.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.LoginAsync("admin")).GetAsync(confidential.Url)).StatusCode);
    }
}
