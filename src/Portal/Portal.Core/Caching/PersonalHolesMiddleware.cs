using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Portal.Core.Caching;

/// <summary>
/// Fills the holes of a reader page (<see cref="PersonalHoles"/>) for the user asking. Only the
/// layout's header, before the page's &lt;main&gt;, is searched: nothing a page shows comes before
/// it, so content can never open a hole for someone else's value.
/// </summary>
internal sealed class PersonalHolesMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    private static readonly byte[] Main = "<main"u8.ToArray();
    private static readonly byte[] UserNameHole = Encoding.UTF8.GetBytes(PersonalHoles.UserNameHole);
    private static readonly byte[] AntiforgeryHole = Encoding.UTF8.GetBytes(PersonalHoles.AntiforgeryHole);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!ReaderPages.IsReaderPage(context))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var page = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        var header = page.Span.IndexOf(Main) is >= 0 and var main ? main : 0;
        var name = page.Span[..header].IndexOf(UserNameHole);
        var token = page.Span[..header].IndexOf(AntiforgeryHole);
        if (name < 0 && token < 0)
        {
            await body.WriteAsync(page);
            return;
        }

        var holes = new List<(int At, int Length, byte[] Value)>(2);
        if (name >= 0)
        {
            holes.Add((name, UserNameHole.Length, PersonalHoles.Encoded(PersonalHoles.DisplayNameOf(context.User) ?? "")));
        }

        if (token >= 0)
        {
            // Stored now, while the response has not started: the token may come with its cookie.
            holes.Add((token, AntiforgeryHole.Length, PersonalHoles.Encoded(antiforgery.GetAndStoreTokens(context).RequestToken ?? "")));
        }

        holes.Sort((a, b) => a.At.CompareTo(b.At));
        context.Response.ContentLength = null;
        var at = 0;
        foreach (var hole in holes)
        {
            await body.WriteAsync(page[at..hole.At]);
            await body.WriteAsync(hole.Value);
            at = hole.At + hole.Length;
        }

        await body.WriteAsync(page[at..]);
    }
}
