using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Workflows.Engine;
using Portal.Workflows.Models;
using Portal.Workflows.Services;

namespace Portal.Workflows.Controllers;

/// <summary>Workflow types and running workflows for administrators; the rules are in <see cref="WorkflowAdministration"/>.</summary>
[Route("admin/workflows")]
[RequirePermission(WorkflowPermissionNames.ManageWorkflows)]
public sealed class WorkflowsAdminController(WorkflowAdministration administration) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await administration.TypesAsync());

    [HttpGet("new")]
    public IActionResult New() => View("Edit", administration.NewEditor());

    [HttpPost("new")]
    public Task<IActionResult> Create(string? json) => SaveAsync(null, json);

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id) =>
        await administration.EditorAsync(id) is { } editor ? View(editor) : NotFound();

    [HttpPost("{id}")]
    public Task<IActionResult> Update(string id, string? json) => SaveAsync(id, json);

    [HttpGet("{id}/export")]
    public async Task<IActionResult> Export(string id) =>
        await administration.EditorAsync(id) is { } editor
            ? File(System.Text.Encoding.UTF8.GetBytes(editor.Json), "application/json", $"arbejdsgang-{id}.json")
            : NotFound();

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id) => SetEnabledAsync(id, true);

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id) => SetEnabledAsync(id, false);

    [HttpGet("instances")]
    public async Task<IActionResult> Instances(string? type, WorkflowStatus? status, int page = 1) =>
        View(await administration.WorkflowsAsync(User, type, status, page));

    [HttpGet("instances/{id}")]
    public async Task<IActionResult> Instance(string id) =>
        await administration.WorkflowAsync(User, id) is { } detail ? View(detail) : NotFound();

    [HttpPost("instances/{id}/retry")]
    public async Task<IActionResult> Retry(string id)
    {
        var result = await administration.RetryAsync(id);
        switch (result.Outcome)
        {
            case RunOutcome.Ran:
                Notify("Arbejdsgangen kørte videre.");
                break;
            case RunOutcome.Faulted:
                Notify($"Arbejdsgangen fejlede igen: {result.Message}", NotificationKind.Error);
                break;
            default:
                Notify(result.Message ?? "Arbejdsgangen kunne ikke prøves igen.", NotificationKind.Warning);
                break;
        }

        return Redirect($"/admin/workflows/instances/{id}");
    }

    [HttpPost("instances/{id}/cancel")]
    public async Task<IActionResult> Cancel(string id)
    {
        if (await administration.CancelAsync(id, User))
        {
            Notify("Arbejdsgangen er stoppet, og dens åbne opgaver er annulleret.");
        }
        else
        {
            Notify("Arbejdsgangen var allerede afsluttet eller stoppet.", NotificationKind.Warning);
        }

        return Redirect($"/admin/workflows/instances/{id}");
    }

    private async Task<IActionResult> SaveAsync(string? id, string? json)
    {
        var (savedId, invalid) = await administration.SaveAsync(id, json, User);
        if (invalid is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", invalid);
        }

        if (savedId is null)
        {
            return NotFound();
        }

        Notify("Arbejdsgangen er gemt som en ny version. Igangværende forløb fortsætter på den version, de startede med.");
        return Redirect($"/admin/workflows/{savedId}");
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled)
    {
        if (!await administration.SetEnabledAsync(id, enabled))
        {
            return NotFound();
        }

        Notify(enabled ? "Arbejdsgangen er slået til." : "Arbejdsgangen er slået fra. Igangværende forløb fortsætter.");
        return Redirect($"/admin/workflows/{id}");
    }
}
