using System.Globalization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Portal.Media.Services;

/// <summary>
/// Images as the portal keeps and serves them: a real image within the size limits, turned upright,
/// re-encoded without its metadata (so a photo's location, camera and owner do not travel with it),
/// and copies at the widths pages ask for.
/// </summary>
internal sealed class ImageProcessor(IOptions<MediaOptions> options)
{
    /// <summary>The widths a page may ask for (<c>srcset</c>): a phone, a column, a wide screen.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    private const int Quality = 85;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Whether the portal re-encodes and resizes this type (a GIF keeps its animation and has no metadata to strip).</summary>
    public static bool Handles(MediaFileType type) => type == MediaFileTypes.Jpeg || type == MediaFileTypes.Png || type == MediaFileTypes.WebP;

    /// <summary>
    /// Checks the image in <paramref name="path"/> and, for the types the portal re-encodes, writes it
    /// back upright and without metadata. The Danish reason it is refused, or null.
    /// </summary>
    public string? Normalize(string path, MediaFileType type, string fileName)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return $"Filen '{fileName}' kan ikke læses som et billede.";
        }

        if (TooLarge(codec.Info.Width, codec.Info.Height) is { } tooLarge)
        {
            return $"Billedet '{fileName}' er for stort: {tooLarge}";
        }

        if (!Handles(type))
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return $"Filen '{fileName}' kan ikke læses som et billede.";
        }

        using var turned = Upright(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(turned ?? decoded);
        using var data = image.Encode(FormatOf(type), Quality);
        using (var file = File.Create(path))
        {
            data.SaveTo(file);
        }

        return null;
    }

    /// <summary>The image at most <paramref name="width"/> wide, in its own format; null when it is that narrow already or cannot be read.</summary>
    public static byte[]? Resize(Stream original, MediaFileType type, int width)
    {
        using var decoded = SKBitmap.Decode(original);
        if (decoded is null || decoded.Width <= width)
        {
            return null;
        }

        var height = Math.Max(1, (int)Math.Round(decoded.Height * (double)width / decoded.Width));
        using var resized = decoded.Resize(new SKImageInfo(width, height, decoded.ColorType, decoded.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var data = image.Encode(FormatOf(type), Quality);
        return data.ToArray();
    }

    private string? TooLarge(int width, int height)
    {
        var limits = options.Value;
        if (width > limits.MaxImageSide || height > limits.MaxImageSide)
        {
            return string.Create(Danish, $"{width} × {height} punkter. Et billede må højst være {limits.MaxImageSide:N0} punkter på den længste led.");
        }

        return (long)width * height > limits.MaxImagePixels
            ? string.Create(Danish, $"{width} × {height} punkter. Et billede må højst have {limits.MaxImagePixels / 1_000_000:N0} millioner punkter.")
            : null;
    }

    private static SKEncodedImageFormat FormatOf(MediaFileType type) =>
        type == MediaFileTypes.Png ? SKEncodedImageFormat.Png
        : type == MediaFileTypes.WebP ? SKEncodedImageFormat.Webp
        : SKEncodedImageFormat.Jpeg;

    /// <summary>
    /// The bitmap turned as it should be seen, from the orientation the camera recorded (EXIF), which
    /// re-encoding would otherwise drop; null when it is upright already.
    /// </summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        var (w, h) = (bitmap.Width, bitmap.Height);
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(new SKImageInfo(turned ? h : w, turned ? w : h, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(h, w);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, w);
                canvas.RotateDegrees(270);
                break;
        }

        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }
}
