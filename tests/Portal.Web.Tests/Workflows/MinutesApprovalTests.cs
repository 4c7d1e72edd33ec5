using System.Net;
using System.Text.RegularExpressions;
using static Portal.Web.Tests.Workflows.WorkflowSteps;

namespace Portal.Web.Tests.Workflows;

/// <summary>
/// Referatets godkendelse i begge sider, as the demo ships it for Områdeudvalg sundhed og omsorg:
/// the minutes appear only when the formand (ledelsen) and the næstformand (medarbejderne) have both
/// approved, each side's approval kept with them; a task follows the post when the chair changes.
/// </summary>
public abstract partial class MinutesApprovalTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    public const string MeetingTitle = "Områdeudvalg sundhed og omsorg 31-01-2023";

    [Fact]
    public async Task The_minutes_wait_for_both_sides_and_the_formands_task_moves_with_a_change_of_chair()
    {
        var formand = await factory.LoginAsync("omu.formand");
        var naestformand = await factory.LoginAsync("omu.naestformand");
        var secretary = await factory.LoginAsync("sekretaer.sundhed");
        var employee = await factory.LoginAsync("medarbejder");

        var ledelsen = await MinutesTaskAsync(formand);
        var meetingId = ledelsen.GetProperty("contentItemId").GetString()!;
        Assert.Equal("Formand for Områdeudvalg sundhed og omsorg (ledelsen)", ledelsen.GetProperty("assignedAs").GetString());
        Assert.Equal("Næstformand for Områdeudvalg sundhed og omsorg (medarbejderne)", (await MinutesTaskAsync(naestformand)).GetProperty("assignedAs").GetString());
        Assert.Null(await TaskAboutAsync(employee, meetingId));
        AssertAgendaOnly(await employee.GetPageAsync($"/meetings/{meetingId}"));
        var editor = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        Assert.Contains("Referatet: afventer godkendelse", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("/minutes/approval\"", editor, StringComparison.Ordinal);

        // The committee gets a new formand while the task is open: the task is theirs now.
        await ChangeFormandAsync(await factory.LoginAsync("admin"), "Medarbejder (demo)", "medarbejder");
        Assert.Null(await TaskAboutAsync(formand, meetingId));
        var moved = await TaskAboutAsync(employee, meetingId);
        Assert.NotNull(moved);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(formand, ledelsen.GetProperty("id").GetInt64(), "Approve", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(employee, moved.Value.GetProperty("id").GetInt64(), "Approve", "Godkendt for ledelsen.")).StatusCode);
        AssertAgendaOnly(await employee.GetPageAsync($"/meetings/{meetingId}"));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(naestformand, await TaskIdAsync(naestformand, meetingId), "Approve", "Medarbejdersiden kan godkende referatet.")).StatusCode);
        var minutes = WebUtility.HtmlDecode(await employee.GetPageAsync($"/meetings/{meetingId}"));
        Assert.Contains($"<h1>Referat: {MeetingTitle}</h1>", minutes, StringComparison.Ordinal);
        Assert.Contains("<dt>Referatet er godkendt</dt>", minutes, StringComparison.Ordinal);
        Assert.Contains("<p>Ledelsen: godkendt af Medarbejder (demo). Godkendt for ledelsen.</p>", minutes, StringComparison.Ordinal);
        Assert.Contains("<p>Medarbejderne: godkendt af Demo Næstformand (OMU Sundhed og Omsorg). Medarbejdersiden kan godkende referatet.</p>", minutes, StringComparison.Ordinal);
        Assert.Contains($"Referatet er godkendt og offentliggjort: {MeetingTitle}", await NoticesAsync(factory.Services, secretary), StringComparison.Ordinal);
    }

    private async Task ChangeFormandAsync(PortalClient admin, string name, string userName)
    {
        var committees = await admin.GetPageAsync("/committees");
        var committeeId = CommitteeLink().Match(committees).Groups[1].Value;
        var parentId = ParentLink().Match(committees).Groups[1].Value;
        var form = await admin.GetPageAsync($"/committees/{committeeId}/edit");
        var saved = await admin.Http.PostAsync($"/committees/{committeeId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(form, "ConcurrencyStamp"),
            ["Name"] = "Områdeudvalg sundhed og omsorg",
            ["Abbreviation"] = "OMU Sundhed",
            ["Kind"] = "Omraadeudvalg",
            ["ParentCommitteeId"] = parentId,
            ["MinutesNeedApproval"] = "true",
            ["Members[0].Name"] = name,
            ["Members[0].UserName"] = userName,
            ["Members[0].Role"] = "Chair",
            ["Members[0].Side"] = "Management",
            ["Members[1].Name"] = "Demo Næstformand (OMU Sundhed og Omsorg)",
            ["Members[1].UserName"] = "omu.naestformand",
            ["Members[1].Role"] = "ViceChair",
            ["Members[1].Side"] = "Employees",
            ["Members[2].Name"] = "Demo Formand (OMU Sundhed og Omsorg)",
            ["Members[2].UserName"] = "omu.formand",
            ["Members[2].Role"] = "Member",
            ["Members[2].Side"] = "Management",
            ["Members[3].Name"] = "Demo Sekretær (OMU Sundhed og Omsorg)",
            ["Members[3].UserName"] = "sekretaer.sundhed",
            ["Members[3].Role"] = "Secretary",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    internal static async Task<System.Text.Json.JsonElement> MinutesTaskAsync(PortalClient user)
    {
        foreach (var task in (await user.GetJsonAsync("/api/tasks")).EnumerateArray())
        {
            if (task.GetProperty("contentTitle").GetString() == MeetingTitle)
            {
                return task;
            }
        }

        throw new InvalidOperationException("The demo's minutes have no open task.");
    }

    internal static void AssertAgendaOnly(string meetingPage)
    {
        Assert.Contains("<h1>Dagsorden: ", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Referatet er godkendt", meetingPage, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/committees/([0-9a-z]{26})\">Områdeudvalg sundhed og omsorg</a>")]
    private static partial Regex CommitteeLink();

    [GeneratedRegex("href=\"/committees/([0-9a-z]{26})\">Hovedudvalget</a>")]
    private static partial Regex ParentLink();
}

public sealed class SqliteMinutesApprovalTests(PortalFactory factory) : MinutesApprovalTests<PortalFactory>(factory);

public sealed class PostgresMinutesApprovalTests(PostgresPortalFactory factory) : MinutesApprovalTests<PostgresPortalFactory>(factory);

/// <summary>Minutes sent back by one side: the secretary is told, the other side's task goes, and publishing them directly is refused.</summary>
public abstract class MinutesSentBackTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    [Fact]
    public async Task Minutes_sent_back_are_not_published_cannot_be_published_around_the_approval_and_can_be_sent_again()
    {
        var formand = await factory.LoginAsync("omu.formand");
        var naestformand = await factory.LoginAsync("omu.naestformand");
        var secretary = await factory.LoginAsync("sekretaer.sundhed");
        var employee = await factory.LoginAsync("medarbejder");
        var task = await MinutesApprovalTests<TFactory>.MinutesTaskAsync(naestformand);
        var meetingId = task.GetProperty("contentItemId").GetString()!;

        var bare = await ActAsync(naestformand, task.GetProperty("id").GetInt64(), "Approve", null);
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(formand, await TaskIdAsync(formand, meetingId), "SendBack", "Punkt 1 mangler beslutningen.")).StatusCode);
        MinutesApprovalTests<TFactory>.AssertAgendaOnly(await employee.GetPageAsync($"/meetings/{meetingId}"));
        Assert.Null(await TaskAboutAsync(naestformand, meetingId));
        var notices = await NoticesAsync(factory.Services, secretary);
        Assert.Contains($"Referatet er sendt tilbage: {MinutesApprovalTests<TFactory>.MeetingTitle}", notices, StringComparison.Ordinal);
        Assert.Contains("Demo Formand (OMU Sundhed og Omsorg) sendte referatet tilbage. Ret det, og send det til godkendelse igen. Kommentar: Punkt 1 mangler beslutningen.", notices, StringComparison.Ordinal);

        // The secretary cannot publish the minutes around the approval.
        var editor = await secretary.GetPageAsync($"/meetings/{meetingId}/edit");
        var direct = await secretary.Http.PostAsync($"/meetings/{meetingId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(editor),
            ["ConcurrencyStamp"] = PortalClient.ValueOf(editor, "ConcurrencyStamp"),
            ["MeetingPart.Date"] = PortalClient.ValueOf(editor, "MeetingPart.Date"),
            ["MeetingPart.Starts"] = PortalClient.ValueOf(editor, "MeetingPart.Starts"),
            ["MeetingPart.Ends"] = PortalClient.ValueOf(editor, "MeetingPart.Ends"),
            ["MeetingPart.Location"] = "Rådhuset, Grenaa",
            ["MeetingPart.Status"] = "MinutesPublished",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, direct.StatusCode);
        Assert.Contains("skal godkendes af formand og næstformand", WebUtility.HtmlDecode(await direct.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        MinutesApprovalTests<TFactory>.AssertAgendaOnly(await employee.GetPageAsync($"/meetings/{meetingId}"));

        // Sent again: both sides have a task again.
        Assert.Contains("/minutes/approval\"", editor, StringComparison.Ordinal);
        var sent = await secretary.Http.PostAsync($"/meetings/{meetingId}/minutes/approval", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(editor),
        }));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.NotNull(await TaskAboutAsync(formand, meetingId));
        Assert.NotNull(await TaskAboutAsync(naestformand, meetingId));
        Assert.Contains("Referatet: afventer godkendelse", await secretary.GetPageAsync($"/meetings/{meetingId}/edit"), StringComparison.Ordinal);
    }
}

public sealed class SqliteMinutesSentBackTests(PortalFactory factory) : MinutesSentBackTests<PortalFactory>(factory);

public sealed class PostgresMinutesSentBackTests(PostgresPortalFactory factory) : MinutesSentBackTests<PostgresPortalFactory>(factory);
