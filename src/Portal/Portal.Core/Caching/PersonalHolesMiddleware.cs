using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Portal.Core.Caching;

/// <summary>
/// Fills the holes of a reader page (<see cref="PersonalHoles"/>) for the user asking, on a page
/// from the cache as on one just rendered. Only the layout's header, before the page's &lt;main&gt;,
/// is searched: nothing a page shows comes before it, so content can never open a hole for someone
/// else's value. The rest of the page streams through untouched.
/// </summary>
internal sealed class PersonalHolesMiddleware(RequestDelegate next, AntiforgeryTokenCache tokens, IEnumerable<IPersonalHeaderItem> items)
{
    private readonly (IPersonalHeaderItem Item, byte[] Hole)[] _items = [.. items.Select(i => (i, Encoding.UTF8.GetBytes(PersonalHoles.ItemHole(i.Name))))];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!ReaderPages.IsReaderPage(context))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        await using var filling = new HeaderFillingStream(body, context, tokens, _items);
        context.Response.Body = filling;
        try
        {
            await next(context);
            await filling.CompleteAsync();
        }
        finally
        {
            context.Response.Body = body;
        }
    }

    private sealed class HeaderFillingStream(Stream inner, HttpContext context, AntiforgeryTokenCache tokens, (IPersonalHeaderItem Item, byte[] Hole)[] items) : Stream
    {
        // The header is a few kilobytes; a page whose <main> is not found within this is sent as it is.
        private const int MaxHeader = 64 * 1024;
        private static readonly byte[] Main = "<main"u8.ToArray();
        private static readonly byte[] UserNameHole = Encoding.UTF8.GetBytes(PersonalHoles.UserNameHole);
        private static readonly byte[] AntiforgeryHole = Encoding.UTF8.GetBytes(PersonalHoles.AntiforgeryHole);

        private byte[]? _header = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_header is null)
            {
                await inner.WriteAsync(buffer, cancellationToken);
                return;
            }

            Append(buffer.Span);
            if (_header.AsSpan(0, _length).IndexOf(Main) >= 0 || _length >= MaxHeader)
            {
                await FlushHeaderAsync(cancellationToken);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            _header is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override void Flush() => FlushAsync().GetAwaiter().GetResult();

        public async Task CompleteAsync()
        {
            // Nothing written is nothing sent: an empty 404 must not start the response, or the error page could not follow.
            if (_header is not null && _length > 0)
            {
                await FlushHeaderAsync(CancellationToken.None);
            }

            Release();
        }

        protected override void Dispose(bool disposing)
        {
            Release();
            base.Dispose(disposing);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Append(ReadOnlySpan<byte> bytes)
        {
            if (_length + bytes.Length > _header!.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_header.Length * 2, _length + bytes.Length));
                _header.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_header);
                _header = larger;
            }

            bytes.CopyTo(_header.AsSpan(_length));
            _length += bytes.Length;
        }

        /// <summary>Writes what was held back, holes filled: before the response starts, so a new antiforgery cookie can still go with it.</summary>
        private async Task FlushHeaderAsync(CancellationToken cancellationToken)
        {
            var held = _header!.AsMemory(0, _length);
            var main = held.Span.IndexOf(Main);
            var header = main >= 0 ? main : 0;
            var holes = new List<(int At, int Length, byte[] Value)>(2 + items.Length);
            if (held.Span[..header].IndexOf(UserNameHole) is >= 0 and var name)
            {
                holes.Add((name, UserNameHole.Length, PersonalHoles.Encoded(context, PersonalHoles.DisplayNameOf(context.User) ?? "")));
            }

            if (held.Span[..header].IndexOf(AntiforgeryHole) is >= 0 and var token)
            {
                holes.Add((token, AntiforgeryHole.Length, PersonalHoles.Encoded(context, tokens.RequestTokenFor(context))));
            }

            foreach (var (item, hole) in items)
            {
                if (held.Span[..header].IndexOf(hole) is >= 0 and var itemAt)
                {
                    holes.Add((itemAt, hole.Length, Encoding.UTF8.GetBytes(await item.HtmlAsync(context))));
                }
            }

            if (holes.Count > 0)
            {
                // A page from the cache comes with the length it had with the holes in it.
                context.Response.ContentLength = null;
            }

            holes.Sort((a, b) => a.At.CompareTo(b.At));
            var at = 0;
            foreach (var hole in holes)
            {
                await inner.WriteAsync(held[at..hole.At], cancellationToken);
                await inner.WriteAsync(hole.Value, cancellationToken);
                at = hole.At + hole.Length;
            }

            await inner.WriteAsync(held[at..], cancellationToken);
            Release();
        }

        private void Release()
        {
            if (_header is { } rented)
            {
                _header = null;
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
