using Portal.CompiledModel;
using Portal.Core.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = LaunchEnvironment.Default(args),
});
builder.AddPortal();
builder.Services.AddCompiledDbModels();

var app = builder.Build();
app.UsePortal();
if (await app.RunPortalCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the portal.</summary>
public partial class Program;
