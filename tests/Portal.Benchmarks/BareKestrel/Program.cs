// Serves the bytes of the file named by BARE_KESTREL_FILE for every request, from memory,
// with the same content type as a portal page. Everything the portal adds is measured against this.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var file = Environment.GetEnvironmentVariable("BARE_KESTREL_FILE");
var body = file is not null && File.Exists(file) ? await File.ReadAllBytesAsync(file) : "<!DOCTYPE html><title>ok</title>"u8.ToArray();
app.Run(async context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
await app.RunAsync();
