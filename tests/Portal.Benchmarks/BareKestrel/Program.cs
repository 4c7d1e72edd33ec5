// Serves the bytes of the file given as the first argument for every request, from memory,
// with the same content type as a portal page. Everything the portal adds is measured against this.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = args.Length > 0 && File.Exists(args[0]) ? await File.ReadAllBytesAsync(args[0]) : "<!DOCTYPE html><title>ok</title>"u8.ToArray();
app.Run(async context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
await app.RunAsync();
