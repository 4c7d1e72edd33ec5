using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Caching;

/// <summary>
/// What is the reader's own on a shared reader page: the layout writes a hole where it goes, and
/// <see cref="PersonalHolesMiddleware"/> fills it per request, on a page from the cache as on one
/// just rendered. Elsewhere the value is written directly.
/// </summary>
public static class PersonalHoles
{
    internal const string UserNameHole = "<!--portal-hole:user-name-->";
    internal const string AntiforgeryHole = "<!--portal-hole:antiforgery-->";

    /// <summary>The name the user is shown by, HTML-encoded.</summary>
    public static IHtmlContent UserName(HttpContext context) =>
        ReaderPages.IsReaderPage(context) ? new HtmlString(UserNameHole) : new StringHtmlContent(DisplayNameOf(context.User) ?? "");

    /// <summary>The request token for a form posted by this user, as an attribute value.</summary>
    public static IHtmlContent AntiforgeryToken(HttpContext context) =>
        ReaderPages.IsReaderPage(context)
            ? new HtmlString(AntiforgeryHole)
            : new StringHtmlContent(context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken ?? "");

    internal const string ItemHolePrefix = "<!--portal-hole:item:";

    /// <summary>A module's header item: its hole on a reader page, its markup elsewhere.</summary>
    public static async Task<IHtmlContent> HeaderItemAsync(HttpContext context, IPersonalHeaderItem item) =>
        ReaderPages.IsReaderPage(context) ? new HtmlString(ItemHole(item.Name)) : new HtmlString(await item.HtmlAsync(context));

    internal static string ItemHole(string name) => $"{ItemHolePrefix}{name}-->";

    internal static string? DisplayNameOf(ClaimsPrincipal user) => user.FindFirst("DisplayName")?.Value ?? user.Identity?.Name;

    /// <summary>Encoded as the views encode it (the portal's encoder writes æ, ø and å as letters).</summary>
    internal static byte[] Encoded(HttpContext context, string value) =>
        Encoding.UTF8.GetBytes(context.RequestServices.GetRequiredService<HtmlEncoder>().Encode(value));
}
