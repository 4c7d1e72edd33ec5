using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The Workflows module's pages pass axe: the inbox and a task for an approver, the workflow types
/// with their diagram, and the running workflows for an administrator; and an approval made in the
/// browser from the inbox reaches the sender. The demo recommendation's task is only looked at, never
/// acted on (other tests expect it waiting); the approval is of a page this test sends itself.
/// </summary>
public sealed class WorkflowPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string DemoTask = "Godkend Ledige uddannes til velfærdsfagene";

    // Collects every content security policy violation the page reports, from before its first script.
    private const string RecordCspViolations =
        "window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));";

    [Fact]
    public async Task Inbox_and_task_page_have_no_axe_violations()
    {
        var page = await NewPageAsync("hu.formand");

        await page.GotoAsync("/tasks");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Mine opgaver");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = DemoTask, Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = DemoTask, Exact = true }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync(DemoTask);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Godkend", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("ins, del").First).ToBeAttachedAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Workflow_list_and_running_workflows_have_no_axe_violations()
    {
        var page = await NewPageAsync("admin");

        await page.GotoAsync("/admin/workflows");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Arbejdsgange");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hovedudvalgets godkendelse", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/workflows/instances");
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Forløb");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "Ledige uddannes til velfærdsfagene", Exact = true }).ClickAsync();
        await Expect(Ui.Heading(page)).ToHaveTextAsync("Hovedudvalgets godkendelse: Ledige uddannes til velfærdsfagene");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Workflow_type_page_draws_the_diagram_above_the_outline_without_breaking_the_policy()
    {
        var page = await NewPageAsync("admin");
        await page.AddInitScriptAsync(RecordCspViolations);

        await page.GotoAsync("/admin/workflows/hovedudvalgets-godkendelse");

        await Expect(Ui.Heading(page)).ToHaveTextAsync("Hovedudvalgets godkendelse");
        var diagram = page.Locator("[data-workflow-diagram]");
        await Expect(diagram).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-drawn\b"));
        await Expect(diagram).ToHaveAttributeAsync("aria-hidden", "true");
        var boxes = diagram.Locator(".workflow-diagram-box");
        await Expect(boxes).ToHaveCountAsync(8);
        await Expect(boxes.Filter(new() { HasText = "Formandskabets godkendelse" })).ToContainTextAsync("Opgave");
        await Expect(diagram.Locator(".workflow-diagram-start")).ToHaveCountAsync(2);
        // One arrow per transition (nine in the demo type), each an SVG path, labelled with the outcome.
        await Expect(diagram.Locator("svg.jtk-connector path").First).ToBeAttachedAsync();
        Assert.True(await diagram.Locator("svg.jtk-connector").CountAsync() >= 9);
        await Expect(diagram.Locator(".workflow-diagram-label", new() { HasText = "Send tilbage" })).ToHaveCountAsync(1);
        // The boxes stand where the type puts them, not on top of each other.
        var first = await boxes.Nth(0).BoundingBoxAsync();
        var second = await boxes.Nth(1).BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(180, second.Y - first.Y, 1.0);

        // The outline stays below as the accessible description of the same.
        await Expect(page.Locator(".workflow-outline > li")).ToHaveCountAsync(8);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Diagram over trinene" })).ToBeVisibleAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>("window.cspViolations"));
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Diagram_does_not_make_a_phone_scroll_sideways_and_scrolls_by_keyboard()
    {
        var page = await NewPageAsync("admin", width: 375, height: 800);
        await page.AddInitScriptAsync(RecordCspViolations);

        await page.GotoAsync("/admin/workflows/hovedudvalgets-godkendelse");
        await Expect(page.Locator("[data-workflow-diagram].is-drawn")).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The page scrolls sideways.");
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Diagram over trinene" });
        Assert.True(await region.EvaluateAsync<bool>("el => el.scrollWidth > el.clientWidth"), "The diagram should be wider than a phone, in its own scroll container.");
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('.workflow-diagram-scroll').scrollLeft > 0");
        Assert.Empty(await page.EvaluateAsync<string[]>("window.cspViolations"));
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Vice_chair_approves_from_the_inbox_and_the_sender_is_told()
    {
        var title = $"Retningslinjer for hjemmearbejde {Guid.NewGuid():N}"[..44];
        var sender = await NewPageAsync("redaktoer");
        await Ui.CreatePageAsync(sender, title, "<p>Hjemmearbejde aftales med lederen.</p>", $"hjemmearbejde-{Guid.NewGuid():N}", publish: false);
        await sender.GetByLabel("Kræver Hovedudvalgets godkendelse").CheckAsync();
        await sender.GetByRole(AriaRole.Button, new() { Name = "Send til godkendelse", Exact = true }).ClickAsync();
        await Expect(Ui.Notification(sender)).ToContainTextAsync($"'{title}' er gemt og sendt til godkendelse.");

        var approver = await NewPageAsync("hu.naestformand");
        await approver.GotoAsync("/tasks");
        var task = approver.GetByRole(AriaRole.Link, new() { Name = $"Godkend {title}", Exact = true });
        await task.ClickAsync();
        await Expect(Ui.Heading(approver)).ToHaveTextAsync($"Godkend {title}");
        await approver.GetByLabel("Kommentar", new() { Exact = true }).FillAsync("Fint, godkendt for Hovedudvalget.");
        await approver.GetByRole(AriaRole.Button, new() { Name = "Godkend", Exact = true }).ClickAsync();

        await Expect(Ui.Heading(approver)).ToHaveTextAsync("Mine opgaver");
        await Expect(Ui.Notification(approver)).ToContainTextAsync($"Du har valgt 'Godkend' for 'Godkend {title}'.");
        await Expect(task).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(approver);

        await Ui.AwaitNotificationAsync(sender, $"{title} er godkendt og udgivet");
        var notices = sender.Locator(".notice-list");
        await Expect(Ui.Heading(sender)).ToHaveTextAsync("Beskeder");
        await Expect(notices).ToContainTextAsync("Fint, godkendt for Hovedudvalget.");
        await Axe.AssertNoViolationsAsync(sender);
    }
}
