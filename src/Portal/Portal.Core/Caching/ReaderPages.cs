using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Core.Caching;

/// <summary>
/// Pages that show published content to signed-in readers, rendered once per set of reader keys
/// and served from the output cache to every reader holding the same keys. A page opts in with
/// <c>[OutputCache(PolicyName = ReaderPages.Policy)]</c>; it must show nothing personal but what the
/// layout's <see cref="PersonalHoles"/> fill in (the user's name, the logout form's token).
/// </summary>
public static class ReaderPages
{
    public const string Policy = "ReaderPage";

    /// <summary>Every cached reader page carries this tag; a committed write evicts them all.</summary>
    public const string Tag = "content";

    /// <summary>
    /// The longest a cached page lives without a write: what it shows that moves with the clock
    /// (upcoming meetings, a membership that ends today) is at most this old.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static bool IsReaderPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: Policy };

    private const string HolesFilledItem = "Portal.ReaderPages.HolesFilled";
    private const string OwnNoStoreItem = "Portal.ReaderPages.OwnNoStore";

    /// <summary>
    /// Whether the page asked not to be stored (a form of its own with an antiforgery token does):
    /// before the holes are filled, whose token says the same for the reader's copy only.
    /// </summary>
    internal static bool AsksNotToBeStored(HttpContext context) =>
        context.Items.ContainsKey(OwnNoStoreItem) || (!context.Items.ContainsKey(HolesFilledItem) && HasNoStore(context.Response));

    /// <summary>Called as the holes are filled, before their headers are set.</summary>
    internal static void HolesFilling(HttpContext context)
    {
        if (!context.Items.ContainsKey(HolesFilledItem) && HasNoStore(context.Response))
        {
            context.Items[OwnNoStoreItem] = true;
        }

        context.Items[HolesFilledItem] = true;
    }

    private static bool HasNoStore(HttpResponse response) =>
        response.Headers.CacheControl.Any(v => v?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Whether the request may bring a one-time message (TempData). A reader page reads TempData
    /// only then: reading it sets a cookie, and a page that sets a cookie cannot be shared.
    /// </summary>
    public static bool MayCarryMessage(HttpContext context) =>
        context.Request.Cookies.ContainsKey(context.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!);
}
