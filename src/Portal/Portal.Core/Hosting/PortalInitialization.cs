using Microsoft.Extensions.Hosting;

namespace Portal.Core.Hosting;

/// <summary>
/// The start-up work (<see cref="PortalInitializer"/>) run once, beside the building of the request
/// pipeline and the start of the server, so that a restart on two cores takes the longer of the
/// two rather than their sum. Requests and background jobs wait for <see cref="Completion"/>.
/// </summary>
public sealed class PortalInitialization
{
    private readonly Lazy<Task> _run;

    public PortalInitialization(PortalInitializer initializer)
        : this(() => initializer.InitializeAsync())
    {
    }

    internal PortalInitialization(Func<Task> work) => _run = new(() => Task.Run(work));

    /// <summary>Done when the schema is up to date, the first-run recipe ran and the start-up tasks ran.</summary>
    public Task Completion => _run.Value;

    /// <summary>Starts the work on the thread pool, if it has not started.</summary>
    public void Start() => _ = _run.Value;
}

/// <summary>
/// Holds the host's start until the start-up work is done: the host counts as started (and a test
/// host returns) only then, and a failure stops the process as it would have before the server started.
/// Other hosted services, the server among them, start beside it (<see cref="HostOptions.ServicesStartConcurrently"/>).
/// </summary>
internal sealed class PortalInitializationHostedService(PortalInitialization initialization) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initialization.Completion.WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
