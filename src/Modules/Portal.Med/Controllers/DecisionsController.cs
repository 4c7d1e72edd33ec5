using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Content.Visibility;
using Portal.Core.Security;
using Portal.Med.Models;
using Portal.Med.Services;
using Portal.Med.ViewModels;

namespace Portal.Med.Controllers;

/// <summary>Beslutningsregistret: every decision across committees, newest first.</summary>
[RequirePermission(MedPermissionNames.ViewMed)]
public sealed class DecisionsController(MedQueries queries, IContentVisibility visibility) : Controller
{
    private const int PageSize = 25;

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("decisions")]
    public async Task<IActionResult> Index(string? committee, DateOnly? from, DateOnly? to, DecisionOutcome? outcome, int page = 1)
    {
        // A value that cannot be read as a date or an outcome is ignored, as a filter left empty.
        ModelState.Clear();
        var committees = await queries.CommitteesAsync();
        var (rows, total, shown) = await queries.DecisionsAsync(await visibility.KeysOfAsync(User), committee, from, to, outcome, page, PageSize);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return View(new DecisionRegisterViewModel(rows, total, shown, pageCount, committees, committee, from, to, outcome));
    }
}
