using Portal.Core.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = LaunchEnvironment.Default(args),
});
builder.AddPortal();

var app = builder.Build();
await app.UsePortalAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the portal.</summary>
public partial class Program;
