using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Recommendations;

/// <summary>How tests find the demo's recommendations and strategy and drive the follow-up form.</summary>
internal static partial class RecommendationSteps
{
    public const string SeedSentence =
        "Status på arbejdet med initiativerne er, at fire initiativer endnu ikke er påbegyndt, mens et er afsluttet, et er klar til implementering og seks initiativer er i gang. Desuden er der to initiativer, som er pauseret.";

    public static async Task<string> ReportIdAsync(PortalClient reader) =>
        ReportLink().Match(await reader.GetPageAsync("/recommendations")).Groups[1].Value;

    public static async Task<string> StrategyIdAsync(PortalClient reader) =>
        StrategyLink().Match(await reader.GetPageAsync("/strategies")).Groups[1].Value;

    /// <summary>The form's fields as the page gives them, with a status (and narrative) set for the rows asked.</summary>
    public static Dictionary<string, string> FollowUpFields(string formPage, IReadOnlyDictionary<int, (string Status, string Narrative)> rows, string? summary = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = PortalClient.ValueOf(formPage, "ConcurrencyStamp"),
            ["Summary"] = summary ?? "",
        };
        foreach (Match match in InitiativeField().Matches(formPage))
        {
            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Rows[{index}].InitiativeId"] = match.Groups[2].Value;
            if (rows.TryGetValue(index, out var row))
            {
                fields[$"Rows[{index}].Status"] = row.Status;
                fields[$"Rows[{index}].Narrative"] = row.Narrative;
            }
        }

        return fields;
    }

    public static Task<HttpResponseMessage> PostFollowUpAsync(PortalClient secretary, string strategyId, string quarter, string formPage, Dictionary<string, string> fields)
    {
        // The token of the follow-up form itself, so a form that forgot its token fails here as in a browser.
        var form = formPage[formPage.IndexOf("class=\"followup-form\"", StringComparison.Ordinal)..];
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = PortalClient.TokenOf(form[..form.IndexOf("</form>", StringComparison.Ordinal)]) };
        return secretary.Http.PostAsync($"/strategies/{strategyId}/follow-up/{quarter}", new FormUrlEncodedContent(body));
    }

    /// <summary>The position of each text in the page, failing when one is missing, so an order check cannot pass on absent text.</summary>
    public static void AssertInOrder(string page, params string[] texts)
    {
        var last = -1;
        foreach (var text in texts)
        {
            var at = page.IndexOf(text, last + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{text}' is not on the page after position {last}");
            last = at;
        }
    }

    [GeneratedRegex("href=\"/recommendations/reports/([0-9a-z]{26})\"")]
    private static partial Regex ReportLink();

    [GeneratedRegex("href=\"/strategies/([0-9a-z]{26})\"")]
    private static partial Regex StrategyLink();

    [GeneratedRegex("name=\"Rows\\[(\\d+)\\]\\.InitiativeId\" value=\"([0-9a-z]{26})\"")]
    private static partial Regex InitiativeField();
}
