using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Portal.Core.Security;

/// <summary>
/// Reads a sign-in cookie once and remembers what it said for a few minutes, keyed by the cookie
/// itself: decrypting it is most of what serving a page from the cache costs. Nothing is trusted
/// that was not decrypted: only the exact cookie that was read finds the ticket again, and every
/// request still checks the ticket's expiry and the session (<see cref="SessionValidator"/>).
/// </summary>
internal sealed class RememberedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, IMemoryCache cache) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return null;
        }

        var key = ("Portal.Ticket", purpose, protectedText);
        if (cache.TryGetValue(key, out AuthenticationTicket? known))
        {
            // Handlers change the ticket they get (sliding expiry, a refreshed principal): each gets its own.
            return known!.Clone();
        }

        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is not null)
        {
            cache.Set(key, ticket.Clone(), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        }

        return ticket;
    }
}

/// <summary>Puts <see cref="RememberedTicketFormat"/> around the sign-in cookie's own format, once the framework has made it.</summary>
internal sealed class RememberedTicketsSetup(IMemoryCache cache) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is { } format and not RememberedTicketFormat)
        {
            options.TicketDataFormat = new RememberedTicketFormat(format, cache);
        }
    }
}
