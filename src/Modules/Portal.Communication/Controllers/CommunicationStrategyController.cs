using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Communication.Services;
using Portal.Core.Caching;
using Portal.Core.Security;

namespace Portal.Communication.Controllers;

/// <summary>The communication strategies and a strategy's page with its channel plan by quarter.</summary>
[RequirePermission(CommunicationPermissionNames.ViewStories)]
public sealed class CommunicationStrategyController(CommunicationStrategyPages pages) : Controller
{
    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("communication/strategy")]
    public async Task<IActionResult> Index() => View(await pages.IndexAsync(User));

    [OutputCache(PolicyName = ReaderPages.Policy)]
    [HttpGet("communication/strategy/{id}")]
    public async Task<IActionResult> Show(string id, string? year)
    {
        int? asked = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number is < CommunicationStrategyPages.FirstYear or > CommunicationStrategyPages.LastYear)
            {
                return BadRequest($"Året '{year}' kan ikke vises. Skriv et år mellem {CommunicationStrategyPages.FirstYear} og {CommunicationStrategyPages.LastYear}, fx 2024.");
            }

            asked = number;
        }

        return await pages.StrategyAsync(User, id, asked) is { } strategy ? View(strategy) : NotFound();
    }
}
