using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>axe-core on the page as it is rendered, against WCAG 2.0 and 2.1 level A and AA.</summary>
public static class Axe
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });

        Assert.True(result.Violations.Length == 0, Describe(page.Url, result));
    }

    private static string Describe(string url, AxeResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"axe found {result.Violations.Length} violation(s) on {url}:");
        foreach (var violation in result.Violations)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine("      " + check.Message);
                }
            }
        }

        return text.ToString();
    }
}
