using Microsoft.AspNetCore.Mvc;
using Portal.Core.Navigation;

namespace Portal.Core.Display;

/// <summary>The administration's front page: what this user may administer.</summary>
[Route("admin")]
public sealed class AdminHomeController(INavigationManager navigation) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await navigation.BuildMenuAsync(Menus.Admin, User));
}
