using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Users.Services;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager,
    LoginThrottle throttle,
    KnownDevices devices,
    IAuditTrail audit,
    ILogger<AccountController> logger) : Controller
{
    private const string WrongCredentials = "Forkert brugernavn eller adgangskode.";

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

        var userName = model.UserName.Trim();
        var account = userManager.NormalizeName(userName);
        var client = devices.ClientFor(HttpContext, account);
        var wait = throttle.WaitFor(account, client);
        if (wait > TimeSpan.Zero)
        {
            logger.LogInformation("Login to {Account} from {Client} must wait {Wait}", account, client.Key, wait);
            await audit.RecordAsync(new AuditEvent(AuditKinds.LoginFailed, "Afvist: for mange forkerte loginforsøg", userName));
            return Throttled(model, wait);
        }

        // An unknown, disabled or locked account gets the same answer as a wrong password, and costs a
        // hash too, so neither the message nor the response time tells which accounts exist.
        var user = await userManager.FindByNameAsync(userName);
        var signedIn = false;
        var refusal = "Forkert brugernavn eller adgangskode";
        var lockedOut = false;
        if (user is null || user.IsDisabled)
        {
            userManager.PasswordHasher.HashPassword(user ?? new PortalUser(), model.Password);
            refusal = user is null ? "Ukendt brugernavn" : "Kontoen er deaktiveret";
        }
        else
        {
            // Wrong passwords never lock the account; an administrator's lockout still refuses it.
            var result = await signInManager.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: false);
            signedIn = result.Succeeded;
            if (result.IsLockedOut)
            {
                userManager.PasswordHasher.HashPassword(user, model.Password);
                refusal = "Kontoen er spærret";
                lockedOut = true;
            }
        }

        var who = user?.UserName ?? userName;
        if (signedIn)
        {
            await audit.RecordAsync(new AuditEvent(AuditKinds.LoginSucceeded, "Logget ind", who));
            throttle.Succeeded(account, client);
            devices.Remember(HttpContext, account);
            return LocalRedirect(model.ReturnUrl ?? "/");
        }

        throttle.Failed(account, client);
        await audit.RecordAsync(new AuditEvent(lockedOut ? AuditKinds.LoginLockedOut : AuditKinds.LoginFailed, $"Login afvist: {refusal}", who));
        return Refuse(model, WrongCredentials);
    }

    [AllowAnonymous]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp ends the session on the server too: a copy of the cookie stops working.
        // It ends the user's sessions in other browsers as well.
        var user = await userManager.GetUserAsync(User);
        await signInManager.SignOutAsync();
        if (user is not null)
        {
            await userManager.UpdateSecurityStampAsync(user);
        }

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

    private ViewResult Throttled(LoginViewModel model, TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var view = Refuse(model, $"For mange forkerte loginforsøg. Vent {minutes} {(minutes == 1 ? "minut" : "minutter")}, og prøv igen.");
        view.StatusCode = StatusCodes.Status429TooManyRequests;
        return view;
    }

    private ViewResult Refuse(LoginViewModel model, string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return this.InvalidForm(model);
    }

    private string? LocalOrNull(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
