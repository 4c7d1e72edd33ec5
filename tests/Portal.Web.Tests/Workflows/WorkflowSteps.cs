using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Web.Tests.Workflows;

/// <summary>What editors and approvers do with approvals, as form posts.</summary>
internal static partial class WorkflowSteps
{
    /// <summary>A page draft marked "Kræver Hovedudvalgets godkendelse" and sent with "Send til godkendelse"; its id.</summary>
    public static async Task<string> SubmitMarkedPageAsync(PortalClient editor, string title)
    {
        var id = await ContentSteps.CreatePageAsync(editor, title, publish: false);
        var form = await editor.GetPageAsync($"/admin/contents/{id}/edit");
        Assert.Contains("value=\"approval\"", form, StringComparison.Ordinal);
        var response = await PostEditorAsync(editor, id, form, title, "approval", marked: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    public static Task<HttpResponseMessage> PostEditorAsync(PortalClient editor, string id, string form, string title, string submit, bool marked) =>
        editor.Http.PostAsync($"/admin/contents/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["concurrencyStamp"] = PortalClient.ValueOf(form, "concurrencyStamp"),
            ["TitlePart.Title"] = title,
            ["AutoroutePart.Path"] = PortalClient.ValueOf(form, "AutoroutePart.Path"),
            ["HtmlBodyPart.Html"] = "<p>Tekst til Hovedudvalget</p>",
            ["ApprovalPart.RequiresHovedudvalgApproval"] = marked ? "true" : "false",
            ["submit"] = submit,
        }));

    /// <summary>The caller's open task about the item, from <c>GET /api/tasks</c>, or null.</summary>
    public static async Task<JsonElement?> TaskAboutAsync(PortalClient user, string contentItemId)
    {
        foreach (var task in (await user.GetJsonAsync("/api/tasks")).EnumerateArray())
        {
            if (task.GetProperty("contentItemId").GetString() == contentItemId)
            {
                return task;
            }
        }

        return null;
    }

    public static async Task<long> TaskIdAsync(PortalClient user, string contentItemId) =>
        (await TaskAboutAsync(user, contentItemId))?.GetProperty("id").GetInt64()
            ?? throw new InvalidOperationException($"No open task about {contentItemId}.");

    /// <summary>Opens the task and decides on the version it shows (someone it is not for posts without one: they cannot open it).</summary>
    public static async Task<HttpResponseMessage> ActAsync(PortalClient user, long taskId, string decision, string? comment)
    {
        var task = await user.GetAsync($"/tasks/{taskId}");
        var page = task.StatusCode == HttpStatusCode.OK ? await task.Content.ReadAsStringAsync() : await user.GetPageAsync("/tasks");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(page),
            ["decision"] = decision,
        };
        if (page.Contains("name=\"version\"", StringComparison.Ordinal))
        {
            fields["version"] = PortalClient.ValueOf(page, "version");
        }

        if (comment is not null)
        {
            fields["comment"] = comment;
        }

        return await user.Http.PostAsync($"/tasks/{taskId}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The user's notifications page, once every notification written so far is delivered.</summary>
    public static async Task<string> NoticesAsync(IServiceProvider services, PortalClient user)
    {
        await services.GetRequiredService<Portal.Notifications.Services.NotificationPump>().DrainAsync();
        return System.Net.WebUtility.HtmlDecode(await user.GetPageAsync("/notifications"));
    }

    [GeneratedRegex("href=\"/tasks/(\\d+)\"")]
    public static partial Regex TaskLink();
}
