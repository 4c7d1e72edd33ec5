using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// An editor writes a story with a main image in the admin; an employee finds it in the list and reads
/// it, with the image at the width the screen needs. The editor, the list and the story pass axe.
/// </summary>
public sealed class StoryPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_editor_writes_a_story_with_an_image_and_an_employee_reads_it()
    {
        var editor = await NewPageAsync("redaktoer");
        await editor.GotoAsync("/admin/media");
        await editor.GetByLabel("Vælg en fil").SetInputFilesAsync(new FilePayload { Name = "elever-paa-plejecentret.jpg", MimeType = "image/jpeg", Buffer = Photo() });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(editor)).ToContainTextAsync("er uploadet");

        await editor.GotoAsync("/admin/contents");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Opret historie", Exact = true }).ClickAsync();
        await Expect(Ui.Heading(editor)).ToHaveTextAsync("Opret historie");
        await Axe.AssertNoViolationsAsync(editor);

        await editor.GetByLabel("Titel", new() { Exact = true }).FillAsync("Praktikanten, der fik fast job");
        await editor.GetByLabel("Underrubrik").FillAsync("Tre social- og sundhedselever fortæller, hvorfor de valgte at blive efter praktikken.");
        await Ui.PasteRichTextAsync(editor, "Historien", "<p>Praktikken blev begyndelsen på et arbejdsliv. <em>Demoindhold.</em></p>");
        await editor.GetByLabel("Billede", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "elever-paa-plejecentret.jpg" });

        // Without the alternative text the story cannot be published.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gem og udgiv", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Alert)).ToContainTextAsync("En historie skal have et hovedbillede med en alternativ tekst");
        await Axe.AssertNoViolationsAsync(editor);

        await editor.GetByLabel("Alternativ tekst").FillAsync("Tre elever i arbejdstøj foran plejecentrets indgang");
        await editor.GetByLabel("Faggruppe").FillAsync("Social- og sundhedsassistent");
        await editor.GetByLabel("Emner").FillAsync("elever, praktik");
        await editor.GetByRole(AriaRole.Checkbox, new() { Name = "Intranettet" }).CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gem og udgiv", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(editor)).ToHaveTextAsync("'Praktikanten, der fik fast job' er oprettet og udgivet.");

        var employee = await NewPageAsync("medarbejder", width: 390, height: 844);
        await employee.GotoAsync("/stories?tag=praktik");
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Historier");
        await Axe.AssertNoViolationsAsync(employee);

        await employee.GetByRole(AriaRole.Link, new() { Name = "Praktikanten, der fik fast job" }).ClickAsync();
        await Expect(Ui.Heading(employee)).ToHaveTextAsync("Praktikanten, der fik fast job");
        var image = employee.GetByRole(AriaRole.Img, new() { Name = "Tre elever i arbejdstøj foran plejecentrets indgang" });
        await Expect(image).ToBeVisibleAsync();
        // A phone is given a copy at most 960 pixels wide, not the 1800-pixel original.
        Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") <= 960);
        Assert.True(await image.EvaluateAsync<bool>("i => i.getBoundingClientRect().right <= document.documentElement.clientWidth"));
        await Axe.AssertNoViolationsAsync(employee);
    }

    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(1800, 1000);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0, 89, 179));
            using var paint = new SKPaint { Color = new SKColor(245, 197, 24) };
            canvas.DrawCircle(900, 500, 300, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
