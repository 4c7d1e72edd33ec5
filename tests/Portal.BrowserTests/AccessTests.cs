using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

public sealed class AccessTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Employee_reads_published_pages_but_not_drafts_nor_the_administration()
    {
        var editor = await NewPageAsync("redaktoer");
        await Ui.CreatePageAsync(editor, "Nyt fra Hovedudvalget", "Hovedudvalget mødes igen i næste måned.", "nyt-fra-hovedudvalget");
        await Ui.CreatePageAsync(editor, "Udkast til referat", "Ikke godkendt endnu.", "udkast-til-referat", publish: false);

        var employee = await NewPageAsync("medarbejder");

        var published = await employee.GotoAsync("/nyt-fra-hovedudvalget");
        Assert.Equal(200, published?.Status);
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Nyt fra Hovedudvalget");
        await Expect(employee.GetByText("Hovedudvalget mødes igen i næste måned.")).ToBeVisibleAsync();
        await Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Administration" })).ToHaveCountAsync(0);

        var draft = await employee.GotoAsync("/udkast-til-referat");
        Assert.Equal(404, draft?.Status);
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Siden findes ikke");
        await Expect(employee.GetByText("Ikke godkendt endnu.")).ToHaveCountAsync(0);

        var admin = await employee.GotoAsync("/admin/contents");
        Assert.Equal(403, admin?.Status);
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Du har ikke adgang");
        await Expect(employee.GetByText("Du har ikke rettighed til at se denne side")).ToBeVisibleAsync();
        await Expect(employee.GetByRole(AriaRole.Link, new() { Name = "Opret side" })).ToHaveCountAsync(0);
        await Expect(employee.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
    }
}
