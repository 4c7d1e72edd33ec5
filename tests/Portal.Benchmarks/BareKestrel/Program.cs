// The yardstick: serves from memory the bytes the portal returned, with the same content type as a
// portal page. Everything the portal adds is measured against this.
//   BARE_KESTREL_FILE=page.html   that file for every request
//   BARE_KESTREL_DIR=pages/       pages/NAME.html for /NAME (one process for every page of a run)
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
if (Environment.GetEnvironmentVariable("BARE_KESTREL_DIR") is { } dir && Directory.Exists(dir))
{
    foreach (var path in Directory.GetFiles(dir, "*.html"))
    {
        pages["/" + Path.GetFileNameWithoutExtension(path)] = await File.ReadAllBytesAsync(path);
    }
}

var file = Environment.GetEnvironmentVariable("BARE_KESTREL_FILE");
var body = file is not null && File.Exists(file) ? await File.ReadAllBytesAsync(file) : "<!DOCTYPE html><title>ok</title>"u8.ToArray();
app.Run(async context =>
{
    var bytes = pages.GetValueOrDefault(context.Request.Path.Value ?? "/", body);
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = bytes.Length;
    await context.Response.Body.WriteAsync(bytes);
});
await app.RunAsync();
