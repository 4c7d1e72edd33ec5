using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Security;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Controllers;

/// <summary>The reports of recommendations, one report as it was written, its budget as CSV, and one recommendation.</summary>
[RequirePermission(RecommendationPermissionNames.ViewRecommendations)]
public sealed class RecommendationsController(ReportPages pages) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("recommendations")]
    public async Task<IActionResult> Index() => View(await pages.IndexAsync(User));

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("recommendations/reports/{id}")]
    public async Task<IActionResult> Report(string id) =>
        await pages.ReportAsync(User, id) is { } report ? View(report) : NotFound();

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("recommendations/reports/{id}/budget.csv")]
    public async Task<IActionResult> Budget(string id) =>
        await pages.ReportAsync(User, id) is { } report
            ? File(ReportCsv.Of(report), "text/csv; charset=utf-8", "budget.csv")
            : NotFound();

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("recommendations/{id}")]
    public async Task<IActionResult> Show(string id) =>
        await pages.RecommendationAsync(User, id) is { } page ? View(page) : NotFound();
}
