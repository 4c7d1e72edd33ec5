using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Portal.Users.Services;

/// <summary>
/// Remembers, in a signed cookie, the account a browser last logged in to, so that browser is not
/// slowed down by wrong passwords others try on the account (see <see cref="LoginThrottle"/>).
/// Each such cookie has its own id, so its own wrong passwords are still counted and slowed down.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string CookieName = ".MedPortal.Device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Portal.Users.KnownDevice");

    /// <summary>The client trying <paramref name="account"/> (a normalized user name): its known-device id, or its address.</summary>
    public LoginClient ClientFor(HttpContext context, string account) =>
        DeviceOf(context, account) is { } device
            ? new LoginClient("device:" + device, IsKnownDevice: true)
            : new LoginClient("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), IsKnownDevice: false);

    public void Remember(HttpContext context, string account)
    {
        var device = DeviceOf(context, account) ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Response.Cookies.Append(CookieName, _protector.Protect(account + "\n" + device), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = "/account",
            Expires = clock.GetUtcNow() + Lifetime,
        });
    }

    private string? DeviceOf(HttpContext context, string account)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var cookie))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(cookie).Split('\n');
            return parts.Length == 2 && string.Equals(parts[0], account, StringComparison.Ordinal) ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
