using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Workflows.Models;
using static Portal.Web.Tests.Workflows.WorkflowSteps;

namespace Portal.Web.Tests.Workflows;

/// <summary>
/// Hovedudvalgets godkendelse, as the demo ships it: a recommendation (or anything marked for it)
/// goes to Hovedudvalget's formand and næstformand; either may approve (it is published and the
/// sender told), reject or send it back (the sender is told with the comment). Exactly one acts.
/// </summary>
public abstract class ApprovalTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    private const string DraftTitle = "Ledige uddannes til velfærdsfagene";

    [Fact]
    public async Task The_demo_recommendation_waits_for_the_formandskab_and_is_published_when_one_of_them_approves()
    {
        var formand = await factory.LoginAsync("hu.formand");
        var naestformand = await factory.LoginAsync("hu.naestformand");
        var sender = await factory.LoginAsync("redaktoer");
        var employee = await factory.LoginAsync("medarbejder");

        // Both have the task; nobody else has.
        var task = await TaskAboutDraftAsync(formand);
        var contentItemId = task.GetProperty("contentItemId").GetString()!;
        Assert.Equal("Hovedudvalgets godkendelse", task.GetProperty("workflowType").GetString());
        Assert.Equal("Formand for Hovedudvalget eller Næstformand for Hovedudvalget", task.GetProperty("assignedAs").GetString());
        Assert.True(task.GetProperty("due").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.NotNull(await TaskAboutAsync(naestformand, contentItemId));
        Assert.Null(await TaskAboutAsync(employee, contentItemId));
        Assert.Null(await TaskAboutAsync(sender, contentItemId));
        var taskId = task.GetProperty("id").GetInt64();
        Assert.Contains($"href=\"/tasks/{taskId}\"", await formand.GetPageAsync("/tasks"), StringComparison.Ordinal);

        // Both were told of it, with where to act; nobody else was.
        foreach (var approver in new[] { formand, naestformand })
        {
            var told = await NoticesAsync(factory.Services, approver);
            Assert.Contains($"Ny opgave: Godkend {DraftTitle}", told, StringComparison.Ordinal);
            Assert.Contains($"href=\"/notifications/", told, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"Ny opgave: Godkend {DraftTitle}", await NoticesAsync(factory.Services, employee), StringComparison.Ordinal);
        Assert.Contains("Mine opgaver <span class=\"badge", await formand.GetPageAsync("/"), StringComparison.Ordinal);

        // The task shows what changed against the published version, word by word.
        var page = await naestformand.GetPageAsync($"/tasks/{taskId}");
        Assert.Contains("<td>Ledige til velfærdsfagene</td>", page, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"sr-only\">[tilføjet: </span>uddannes", page, StringComparison.Ordinal);
        Assert.Contains("Anbefaling sendt til godkendelse – Videre (redaktoer)", page, StringComparison.Ordinal);

        // Until then the published recommendation is the old one.
        Assert.Contains("Ledige til velfærdsfagene", await employee.GetPageAsync($"/recommendations/{contentItemId}"), StringComparison.Ordinal);

        var approved = await ActAsync(naestformand, taskId, "Approve", "God anbefaling");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains(DraftTitle, await employee.GetPageAsync($"/recommendations/{contentItemId}"), StringComparison.Ordinal);

        // The sender is told; the task is gone from both inboxes.
        var notices = await NoticesAsync(factory.Services, sender);
        Assert.Contains($"{DraftTitle} er godkendt og udgivet", notices, StringComparison.Ordinal);
        Assert.Contains("hu.naestformand godkendte den for Hovedudvalget. Kommentar: God anbefaling", notices, StringComparison.Ordinal);
        Assert.Null(await TaskAboutAsync(formand, contentItemId));
        Assert.Null(await TaskAboutAsync(naestformand, contentItemId));

        // The formand was a moment late: told who acted, and nothing more happens.
        var late = await ActAsync(formand, taskId, "Reject", "For sent");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Opgaven er afsluttet: hu.naestformand valgte <strong>Godkend</strong>", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain($"{DraftTitle} er afvist", await NoticesAsync(factory.Services, sender), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_marked_page_sent_back_stays_a_draft_and_the_sender_gets_the_comment()
    {
        var sender = await factory.LoginAsync("redaktoer");
        var formand = await factory.LoginAsync("hu.formand");
        var title = "Retningslinjer for MED-arbejdet " + Guid.NewGuid().ToString("n")[..6];
        var id = await SubmitMarkedPageAsync(sender, title);

        // The editor says it waits, offers no second submission and refuses to publish around the approval.
        var form = await sender.GetPageAsync($"/admin/contents/{id}/edit");
        Assert.Contains("Afventer godkendelse", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"approval\"", form, StringComparison.Ordinal);
        var publish = await PostEditorAsync(sender, id, form, title, "publish", marked: true);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("afventer godkendelse", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/content/{id}")).StatusCode);

        // The editor saves a new draft while the formand looks at the old one: the formand's decision is refused.
        var taskId = await TaskIdAsync(formand, id);
        var seen = await formand.GetPageAsync($"/tasks/{taskId}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostEditorAsync(sender, id, await sender.GetPageAsync($"/admin/contents/{id}/edit"), title + " (rettet)", "save", marked: true)).StatusCode);
        var stale = await formand.Http.PostAsync($"/tasks/{taskId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(seen),
            ["decision"] = "SendBack",
            ["comment"] = "Set på den gamle udgave.",
            ["version"] = PortalClient.ValueOf(seen, "version"),
        }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Indholdet er ændret, siden du åbnede opgaven", System.Net.WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(taskId, await TaskIdAsync(formand, id));
        title += " (rettet)";

        // Sending back needs a comment; without one nothing changes.
        var bare = await ActAsync(formand, taskId, "SendBack", "  ");
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("Skriv en kommentar", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(taskId, await TaskIdAsync(formand, id));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(formand, taskId, "SendBack", "Ret overskriften, så den siger hvem den er til.")).StatusCode);
        var notices = await NoticesAsync(factory.Services, sender);
        Assert.Contains($"{title} er sendt tilbage til dig", notices, StringComparison.Ordinal);
        Assert.Contains("Kommentar: Ret overskriften, så den siger hvem den er til.", notices, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/content/{id}")).StatusCode);

        // A draft again: it can be sent once more.
        form = await sender.GetPageAsync($"/admin/contents/{id}/edit");
        Assert.DoesNotContain("Afventer godkendelse", form, StringComparison.Ordinal);
        Assert.Contains("value=\"approval\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_page_is_not_published_and_the_sender_is_told_why()
    {
        var sender = await factory.LoginAsync("redaktoer");
        var naestformand = await factory.LoginAsync("hu.naestformand");
        var title = "Forslag om fælles MED-dag " + Guid.NewGuid().ToString("n")[..6];
        var id = await SubmitMarkedPageAsync(sender, title);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(naestformand, await TaskIdAsync(naestformand, id), "Reject", "Det hører til i Områdeudvalget.")).StatusCode);
        var notices = await NoticesAsync(factory.Services, sender);
        Assert.Contains($"{title} er afvist af Hovedudvalget", notices, StringComparison.Ordinal);
        Assert.Contains("hu.naestformand afviste den. Kommentar: Det hører til i Områdeudvalget.", notices, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/content/{id}")).StatusCode);
    }

    [Fact]
    public async Task Fifty_simultaneous_approvals_make_exactly_one_transition_and_one_publication()
    {
        var sender = await factory.LoginAsync("redaktoer");
        var formand = await factory.LoginAsync("hu.formand");
        var naestformand = await factory.LoginAsync("hu.naestformand");
        var title = "Samtidig godkendelse " + Guid.NewGuid().ToString("n")[..6];
        var id = await SubmitMarkedPageAsync(sender, title);
        var taskId = await TaskIdAsync(formand, id);
        var formandPage = await formand.GetPageAsync($"/tasks/{taskId}");
        var formandToken = PortalClient.TokenOf(formandPage);
        var naestformandToken = PortalClient.TokenOf(await naestformand.GetPageAsync($"/tasks/{taskId}"));
        var version = PortalClient.ValueOf(formandPage, "version");

        var attempts = Enumerable.Range(0, 50).Select(i =>
        {
            var (client, token) = i % 2 == 0 ? (formand, formandToken) : (naestformand, naestformandToken);
            return client.Http.PostAsync($"/tasks/{taskId}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["decision"] = "Approve",
                ["version"] = version,
            }));
        });
        var responses = await Task.WhenAll(attempts);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var workflowId = await db.Set<WorkflowTask>().Where(t => t.Id == taskId).Select(t => t.WorkflowId).SingleAsync();
        Assert.Equal(1, await db.Set<WorkflowHistoryEntry>().CountAsync(h => h.WorkflowId == workflowId && h.Outcome == "Godkend"));
        Assert.Equal(1, await db.Set<WorkflowHistoryEntry>().CountAsync(h => h.WorkflowId == workflowId && h.Outcome == "Udgivet"));
        Assert.Equal(1, await db.ContentItems.CountAsync(c => c.ContentItemId == id && c.Published));
        await factory.Services.GetRequiredService<Portal.Notifications.Services.NotificationPump>().DrainAsync();
        Assert.Equal(1, await db.Set<Portal.Notifications.Models.Notification>().CountAsync(n => n.UserName == "redaktoer" && n.Subject == $"{title} er godkendt og udgivet"));
        Assert.Equal(WorkflowStatus.Finished, await db.Set<Workflow>().Where(w => w.WorkflowId == workflowId).Select(w => w.Status).SingleAsync());
    }

    [Fact]
    public async Task Nobody_sees_or_acts_on_a_task_that_is_not_theirs()
    {
        var sender = await factory.LoginAsync("redaktoer");
        var formand = await factory.LoginAsync("hu.formand");
        var id = await SubmitMarkedPageAsync(sender, "Opgave kun for formandskabet " + Guid.NewGuid().ToString("n")[..6]);
        var taskId = await TaskIdAsync(formand, id);

        foreach (var userName in new[] { "medarbejder", "redaktoer", "sekretaer", "admin" })
        {
            var other = await factory.LoginAsync(userName);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tasks/{taskId}")).StatusCode);
            Assert.Null(await TaskAboutAsync(other, id));
            Assert.DoesNotContain($"/tasks/{taskId}\"", await other.GetPageAsync("/tasks"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(other, taskId, "Approve", null)).StatusCode);
        }

        // The draft is the formandskab's to read while they decide, not everyone's.
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.LoginAsync("medarbejder")).GetAsync($"/content/{id}")).StatusCode);
        Assert.Equal(id, (await TaskAboutAsync(formand, id))?.GetProperty("contentItemId").GetString());
        Assert.NotEqual(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await formand.GetAsync("/tasks/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(formand, taskId, "Publish", null)).StatusCode);
    }

    private static async Task<System.Text.Json.JsonElement> TaskAboutDraftAsync(PortalClient user)
    {
        foreach (var task in (await user.GetJsonAsync("/api/tasks")).EnumerateArray())
        {
            if (task.GetProperty("contentTitle").GetString() == DraftTitle)
            {
                return task;
            }
        }

        throw new InvalidOperationException("The demo's recommendation has no open task.");
    }
}

public sealed class SqliteApprovalTests(PortalFactory factory) : ApprovalTests<PortalFactory>(factory);

public sealed class PostgresApprovalTests(PostgresPortalFactory factory) : ApprovalTests<PostgresPortalFactory>(factory);
