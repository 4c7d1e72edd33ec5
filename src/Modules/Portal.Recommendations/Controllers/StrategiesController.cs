using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Display;
using Portal.Core.Security;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Controllers;

/// <summary>The strategies, a strategy's follow-up dashboard per quarter, an initiative's history, and the secretaries' follow-up form.</summary>
[RequirePermission(RecommendationPermissionNames.ViewRecommendations)]
public sealed class StrategiesController(StrategyPages pages, FollowUpRecording recording) : Controller
{
    private const string BadQuarter = "Kvartalet findes ikke. Skriv det som år og kvartal, fx 2022Q4.";

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("strategies")]
    public async Task<IActionResult> Index() => View(await pages.IndexAsync(User));

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("strategies/{id}")]
    public async Task<IActionResult> Dashboard(string id, string? quarter)
    {
        Quarter? asked = null;
        if (!string.IsNullOrEmpty(quarter))
        {
            if (!Quarter.TryParse(quarter, out asked))
            {
                return BadRequest(BadQuarter);
            }
        }

        return await pages.DashboardAsync(User, id, asked) is { } dashboard ? View(dashboard) : NotFound();
    }

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("initiatives/{id}")]
    public async Task<IActionResult> Initiative(string id) =>
        await pages.InitiativeAsync(User, id) is { } page ? View(page) : NotFound();

    [HttpGet("strategies/{id}/follow-up/{quarter}")]
    public async Task<IActionResult> FollowUp(string id, string quarter) =>
        Quarter.TryParse(quarter, out var q) ? Respond(await recording.FormAsync(User, id, q.Value), id, q.Value) : BadRequest(BadQuarter);

    [HttpPost("strategies/{id}/follow-up/{quarter}")]
    public async Task<IActionResult> SaveFollowUp(string id, string quarter, FollowUpForm form) =>
        Quarter.TryParse(quarter, out var q) ? Respond(await recording.SaveAsync(User, id, q.Value, form, ModelState), id, q.Value) : BadRequest(BadQuarter);

    private IActionResult Respond(FollowUpResult result, string id, Quarter quarter)
    {
        switch (result.Outcome)
        {
            case FollowUpOutcome.NotFound:
                return NotFound();
            case FollowUpOutcome.Forbidden:
                return Forbid();
            case FollowUpOutcome.Saved when result.Form is null:
                Notifications.Write(TempData, result.Message ?? "");
                return Redirect($"/strategies/{id}?quarter={quarter}");
            case FollowUpOutcome.Saved:
                return View("FollowUp", result.Form);
            case FollowUpOutcome.Invalid when result.Form is null:
                return BadRequest(result.Message);
            default:
                Response.StatusCode = result.Outcome == FollowUpOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                ViewData["Message"] = result.Message;
                return View("FollowUp", result.Form);
        }
    }
}
