using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager) : Controller
{
    private const string WrongCredentials = "Forkert brugernavn eller adgangskode.";
    private const string LockedOut = "Kontoen er midlertidigt låst efter for mange forkerte forsøg. Prøv igen om 15 minutter.";

    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        View(new LoginViewModel { ReturnUrl = LocalOrNull(returnUrl) });

    [AllowAnonymous]
    [HttpPost("login")]
    [EnableRateLimiting(PortalServiceCollectionExtensions.LoginRateLimitPolicy)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        model.ReturnUrl = LocalOrNull(model.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return this.InvalidForm(model);
        }

        // An unknown or disabled account gets the same answer as a wrong password, and an unknown one
        // costs a hash too, so neither the message nor the response time tells which accounts exist.
        var user = await userManager.FindByNameAsync(model.UserName.Trim());
        if (user is null || user.IsDisabled)
        {
            userManager.PasswordHasher.HashPassword(user ?? new PortalUser(), model.Password);
            return Refuse(model, WrongCredentials);
        }

        var result = await signInManager.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(model.ReturnUrl ?? "/");
        }

        return Refuse(model, result.IsLockedOut ? LockedOut : WrongCredentials);
    }

    [AllowAnonymous]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        TempData.Notify("Du er logget ud.");
        return LocalRedirect("/account/login");
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        var view = View();
        view.StatusCode = StatusCodes.Status403Forbidden;
        return view;
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidForm(model);
        }

        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await userManager.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, passwordField: nameof(model.NewPassword));
            return this.InvalidForm(model);
        }

        // The new security stamp would end this session at its next check; issue a fresh cookie.
        await signInManager.RefreshSignInAsync(user);
        TempData.Notify("Din adgangskode er ændret.");
        return RedirectToAction(nameof(ChangePassword));
    }

    private ViewResult Refuse(LoginViewModel model, string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return this.InvalidForm(model);
    }

    private string? LocalOrNull(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
