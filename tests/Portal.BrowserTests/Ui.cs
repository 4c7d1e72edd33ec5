using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>What a user does in the portal, step by step, through labels and button texts.</summary>
public static partial class Ui
{
    public static async Task LogInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Brugernavn", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Adgangskode", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(new Uri(page.Url), "/").ToString());
    }

    /// <summary>Creates a page in the editor and returns its id (from the editor's address it lands on).</summary>
    public static async Task<string> CreatePageAsync(IPage page, string title, string body, string address, bool publish = true)
    {
        await page.GotoAsync("/admin/contents");
        await page.GetByRole(AriaRole.Link, new() { Name = "Opret side", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Opret side");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await PasteRichTextAsync(page, "Brødtekst", body);
        await page.GetByLabel("Adresse").FillAsync(address);
        await page.GetByRole(AriaRole.Button, new() { Name = publish ? "Gem og udgiv" : "Gem kladde", Exact = true }).ClickAsync();
        await Expect(Notification(page)).ToHaveTextAsync(publish ? $"'{title}' er oprettet og udgivet." : $"'{title}' er gemt som kladde.");
        return EditorUrl().Match(page.Url) is { Success: true } match
            ? match.Groups["id"].Value
            : throw new InvalidOperationException($"After saving, the browser is at {page.Url}, not in the editor.");
    }

    /// <summary>The rich-text editor that stands in for a field's textarea, once the editor's script has made it.</summary>
    public static async Task<ILocator> RichTextAsync(IPage page, string field)
    {
        // Before the script has run, the textarea itself is a textbox of the same name.
        await Expect(RichTextToolbar(page, field)).ToBeVisibleAsync();
        return page.GetByRole(AriaRole.Textbox, new() { Name = field, Exact = true });
    }

    public static ILocator RichTextToolbar(IPage page, string field) =>
        page.GetByRole(AriaRole.Toolbar, new() { Name = $"Formatering af {field}", Exact = true });

    /// <summary>Replaces what a rich-text field holds by pasting HTML into it, as when copying from Word or a web page.</summary>
    public static async Task PasteRichTextAsync(IPage page, string field, string html)
    {
        var editor = await RichTextAsync(page, field);
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await editor.EvaluateAsync(
            """
            (editor, html) => {
              const data = new DataTransfer();
              data.setData("text/html", html);
              data.setData("text/plain", html.replace(/<[^>]*>/g, ""));
              editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """,
            html);
    }

    /// <summary>The confirmation shown after a successful action, announced to screen readers (role status).</summary>
    public static ILocator Notification(IPage page) => page.GetByRole(AriaRole.Status);

    /// <summary>Opens "Beskeder" until the text is there: notifications are delivered just after the save that caused them.</summary>
    public static async Task AwaitNotificationAsync(IPage page, string text)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.GotoAsync("/notifications");
            if ((await page.Locator(".notice-list").AllInnerTextsAsync()).Any(t => t.Contains(text, StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new Xunit.Sdk.XunitException($"No notification with '{text}' came within 10 seconds.");
    }

    public static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [GeneratedRegex("/admin/contents/(?<id>[^/]+)/edit$")]
    private static partial Regex EditorUrl();
}
