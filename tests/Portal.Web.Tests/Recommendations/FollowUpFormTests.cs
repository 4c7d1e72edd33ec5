using System.Net;
using static Portal.Web.Tests.Recommendations.RecommendationSteps;

namespace Portal.Web.Tests.Recommendations;

/// <summary>
/// The committee's secretary records a quarter for every initiative on one page; the dashboard
/// shows the change. A recorded entry is corrected only with a note, and a save that crosses
/// someone else's keeps both.
/// </summary>
public abstract class FollowUpFormTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private const string Secretary = "sekretaer.sundhed";

    /// <summary>2023 Q1 for the fourteen demo initiatives: two more finished, one more ready, two fewer not started.</summary>
    private static readonly string[] FirstQuarter2023 =
    [
        "Completed", "InProgress", "Paused", "ReadyForImplementation", "InProgress", "InProgress", "InProgress",
        "Paused", "NotStarted", "InProgress", "Completed", "InProgress", "NotStarted", "ReadyForImplementation",
    ];

    [Fact]
    public async Task A_secretary_records_a_quarter_and_the_dashboard_shows_the_change()
    {
        var secretary = await factory.LoginAsync(Secretary);
        var strategy = await StrategyIdAsync(secretary);
        var form = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2023Q1");
        Assert.Equal(14, System.Text.RegularExpressions.Regex.Count(form, "<fieldset"));

        var rows = FirstQuarter2023.Select((status, i) => (i, (status, $"Status for initiativ {i + 1} i 1. kvartal 2023."))).ToDictionary(r => r.i, r => r.Item2);
        var saved = await PostFollowUpAsync(secretary, strategy, "2023Q1", form, FollowUpFields(form, rows, "Flere initiativer er kommet i gang."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/strategies/{strategy}?quarter=2023Q1", saved.Headers.Location?.OriginalString);
        var employee = await factory.LoginAsync("medarbejder");
        var dashboard = await employee.GetPageAsync($"/strategies/{strategy}?quarter=2023Q1");
        Assert.Contains(
            "Status på arbejdet med initiativerne er, at to initiativer endnu ikke er påbegyndt, mens to initiativer er afsluttet, to initiativer er klar til implementering og seks initiativer er i gang. Desuden er der to initiativer, som er pauseret.",
            dashboard,
            StringComparison.Ordinal);
        AssertInOrder(WebUtility.HtmlDecode(dashboard), "Ændring siden 4. kvartal 2022", "Ikke påbegyndt: −2", "Klar til implementering: +1", "Afsluttet: +1");
        AssertInOrder(dashboard, "<th scope=\"col\" class=\"amount\">1. kvartal 2023</th>", "<th scope=\"col\" class=\"amount\">4. kvartal 2022</th>");
        Assert.Contains("Flere initiativer er kommet i gang.", dashboard, StringComparison.Ordinal);

        var status = await employee.GetJsonAsync($"/api/strategies/{strategy}/status?quarter=2023Q1");
        var notStarted = status.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("status").GetString() == "NotStarted");
        Assert.Equal(2, notStarted.GetProperty("count").GetInt32());
        Assert.Equal(4, notStarted.GetProperty("previous").GetInt32());
    }

    [Fact]
    public async Task A_recorded_entry_is_corrected_only_with_a_note_and_the_old_values_stay()
    {
        var secretary = await factory.LoginAsync(Secretary);
        var strategy = await StrategyIdAsync(secretary);
        var first = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2024Q3");
        var recorded = FirstQuarter2023.Select((status, i) => (i, (status, $"Første registrering {i + 1}."))).ToDictionary(r => r.i, r => r.Item2);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFollowUpAsync(secretary, strategy, "2024Q3", first, FollowUpFields(first, recorded))).StatusCode);

        var form = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2024Q3");
        var fields = FollowUpFields(form, new Dictionary<int, (string, string)>());
        var stamp = fields["ConcurrencyStamp"];
        Assert.NotEqual("", stamp);

        // Keep every row as the page has it, but change the first initiative's status.
        for (var i = 0; i < 14; i++)
        {
            fields[$"Rows[{i}].Status"] = SelectedStatus(form, i);
            fields[$"Rows[{i}].Narrative"] = TextArea(form, $"Rows[{i}].Narrative");
        }

        var before = fields["Rows[0].Status"];
        fields["Rows[0].Status"] = "Paused";
        fields["Summary"] = "Rettede bemærkninger.";
        var refused = await PostFollowUpAsync(secretary, strategy, "2024Q3", form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Skriv, hvorfor opfølgningen af «", refusal, StringComparison.Ordinal);
        Assert.Contains("Skriv, hvorfor den samlede status for kvartalet rettes.", refusal, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", refusal, StringComparison.Ordinal);
        Assert.Equal(stamp, PortalClient.ValueOf(await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2024Q3"), "ConcurrencyStamp"));

        fields["Rows[0].CorrectionNote"] = "Forkert registreret ved første opfølgning.";
        fields["SummaryCorrectionNote"] = "Bemærkningerne manglede.";
        var corrected = await PostFollowUpAsync(secretary, strategy, "2024Q3", form, fields);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var initiative = fields["Rows[0].InitiativeId"];
        var page = await (await factory.LoginAsync("medarbejder")).GetPageAsync($"/initiatives/{initiative}");
        AssertInOrder(page, "3. kvartal 2024: Pauseret", "Rettet 1 gang", "Forkert registreret ved første opfølgning.", $"Før: {Danish(before)}. Første registrering 1.", "4. kvartal 2022");
        var dashboard = await (await factory.LoginAsync("medarbejder")).GetPageAsync($"/strategies/{strategy}?quarter=2024Q3");
        AssertInOrder(dashboard, "Udvalgets bemærkninger", "Rettede bemærkninger.", "Rettet 1 gang", "Bemærkningerne manglede.", "Før: ");
    }

    [Fact]
    public async Task A_save_that_crosses_another_shows_both_and_saves_nothing()
    {
        var secretary = await factory.LoginAsync(Secretary);
        var editor = await factory.LoginAsync("redaktoer");
        var strategy = await StrategyIdAsync(secretary);
        var mine = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2023Q2");
        var theirs = await editor.GetPageAsync($"/strategies/{strategy}/follow-up/2023Q2");

        var first = await PostFollowUpAsync(editor, strategy, "2023Q2", theirs, FollowUpFields(theirs, new Dictionary<int, (string, string)> { [0] = ("Completed", "Redaktørens tekst.") }));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await PostFollowUpAsync(secretary, strategy, "2023Q2", mine, FollowUpFields(mine, new Dictionary<int, (string, string)> { [0] = ("InProgress", "Sekretærens tekst, som ikke må gå tabt.") }));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var page = await second.Content.ReadAsStringAsync();
        Assert.Contains("Sekretærens tekst, som ikke må gå tabt.", page, StringComparison.Ordinal);
        Assert.Contains("Gemt af en anden:</strong> Afsluttet. Redaktørens tekst.", page, StringComparison.Ordinal);
        var status = await secretary.GetJsonAsync($"/api/strategies/{strategy}/status?quarter=2023Q2");
        Assert.Equal(1, status.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("status").GetString() == "Completed").GetProperty("count").GetInt32());
        Assert.Equal(0, status.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("status").GetString() == "InProgress").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Two_secretaries_starting_the_same_quarter_at_once_make_one_follow_up_and_the_other_sees_it()
    {
        var secretary = await factory.LoginAsync(Secretary);
        var editor = await factory.LoginAsync("redaktoer");
        var strategy = await StrategyIdAsync(secretary);
        var mine = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2025Q1");
        var theirs = await editor.GetPageAsync($"/strategies/{strategy}/follow-up/2025Q1");

        var responses = await Task.WhenAll(
            PostFollowUpAsync(secretary, strategy, "2025Q1", mine, FollowUpFields(mine, new Dictionary<int, (string, string)> { [0] = ("InProgress", "Sekretærens.") })),
            PostFollowUpAsync(editor, strategy, "2025Q1", theirs, FollowUpFields(theirs, new Dictionary<int, (string, string)> { [0] = ("Completed", "Redaktørens.") })));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var status = await secretary.GetJsonAsync($"/api/strategies/{strategy}/status?quarter=2025Q1");
        Assert.Equal(1, status.GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Gemt af en anden:", await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quarter_that_has_not_begun_cannot_be_followed_up()
    {
        var secretary = await factory.LoginAsync(Secretary);
        var strategy = await StrategyIdAsync(secretary);
        var next = Portal.Recommendations.Models.Quarter.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2))).Next();

        var response = await secretary.GetAsync($"/strategies/{strategy}/follow-up/{next}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("er ikke begyndt endnu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("medarbejder", HttpStatusCode.Forbidden)]
    [InlineData("sekretaer", HttpStatusCode.Forbidden)]
    [InlineData(Secretary, HttpStatusCode.OK)]
    [InlineData("redaktoer", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Only_the_committees_secretaries_and_those_allowed_for_all_may_record(string user, HttpStatusCode expected)
    {
        var client = await factory.LoginAsync(user);
        var strategy = await StrategyIdAsync(client);

        Assert.Equal(expected, (await client.GetAsync($"/strategies/{strategy}/follow-up/2023Q3")).StatusCode);
    }

    [Fact]
    public async Task An_employee_cannot_post_a_follow_up_and_nothing_is_saved()
    {
        var secretary = await factory.LoginAsync(Secretary);
        var employee = await factory.LoginAsync("medarbejder");
        var strategy = await StrategyIdAsync(secretary);
        var form = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2024Q1");
        var page = await employee.GetPageAsync($"/strategies/{strategy}");
        var body = new Dictionary<string, string>(FollowUpFields(form, new Dictionary<int, (string, string)> { [0] = ("Completed", "Ikke min at skrive.") }))
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(await employee.GetPageAsync("/account/password")),
        };

        var response = await employee.Http.PostAsync($"/strategies/{strategy}/follow-up/2024Q1", new FormUrlEncodedContent(body));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync($"/api/strategies/{strategy}/status?quarter=2024Q1")).StatusCode);
        Assert.DoesNotContain("Registrér opfølgningen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_quarter_or_status_is_refused_in_Danish_and_saves_nothing()
    {
        var secretary = await factory.LoginAsync(Secretary);
        var strategy = await StrategyIdAsync(secretary);

        var badQuarter = await secretary.GetAsync($"/strategies/{strategy}/follow-up/2023Q7");
        Assert.Equal(HttpStatusCode.BadRequest, badQuarter.StatusCode);
        Assert.Contains("Kvartalet findes ikke", await badQuarter.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var form = await secretary.GetPageAsync($"/strategies/{strategy}/follow-up/2024Q2");
        var fields = FollowUpFields(form, new Dictionary<int, (string, string)> { [0] = ("Færdig", "x"), [1] = ("", "Tekst uden status") });
        var response = await PostFollowUpAsync(secretary, strategy, "2024Q2", form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Intet er gemt", page, StringComparison.Ordinal);
        Assert.Contains("Vælg en status for «", page, StringComparison.Ordinal);
        Assert.Contains("Tekst uden status", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.GetAsync($"/api/strategies/{strategy}/status?quarter=2024Q2")).StatusCode);
    }

    private static string SelectedStatus(string form, int row)
    {
        var select = form[form.IndexOf($"name=\"Rows[{row}].Status\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Match(select, "<option value=\"([A-Za-z]*)\" selected=\"selected\"").Groups[1].Value;
    }

    private static string TextArea(string form, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(form, $"name=\"{System.Text.RegularExpressions.Regex.Escape(name)}\"[^>]*>([^<]*)</textarea>");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static string Danish(string status) => status switch
    {
        "NotStarted" => "Ikke påbegyndt",
        "InProgress" => "I gang",
        "ReadyForImplementation" => "Klar til implementering",
        "Completed" => "Afsluttet",
        _ => "Pauseret",
    };
}

public sealed class SqliteFollowUpFormTests(PortalFactory factory) : FollowUpFormTests<PortalFactory>(factory);

public sealed class PostgresFollowUpFormTests(PostgresPortalFactory factory) : FollowUpFormTests<PostgresPortalFactory>(factory);
