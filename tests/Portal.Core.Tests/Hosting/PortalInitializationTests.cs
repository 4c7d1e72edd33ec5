using Microsoft.AspNetCore.Http;
using Portal.Core.Hosting;

namespace Portal.Core.Tests.Hosting;

/// <summary>The start-up work runs while the server starts; requests and the host's start wait for it.</summary>
public sealed class PortalInitializationTests
{
    private readonly TaskCompletionSource _work = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task A_request_waits_for_the_start_up_work_and_the_liveness_check_does_not()
    {
        var initialization = new PortalInitialization(() => _work.Task);
        initialization.Start();
        var served = new List<string>();
        var gate = new PortalInitializationGateMiddleware(
            context =>
            {
                lock (served)
                {
                    served.Add(context.Request.Path.Value!);
                }

                return Task.CompletedTask;
            },
            initialization);

        var page = gate.InvokeAsync(Request("/meetings"));
        await gate.InvokeAsync(Request(PortalInitializationGateMiddleware.LivePath)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([PortalInitializationGateMiddleware.LivePath], served);
        Assert.False(page.IsCompleted, "the page was served before the schema was ready");

        _work.SetResult();
        await page.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([PortalInitializationGateMiddleware.LivePath, "/meetings"], served);
    }

    [Fact]
    public async Task The_host_counts_as_started_only_when_the_work_is_done()
    {
        var initialization = new PortalInitialization(() => _work.Task);
        initialization.Start();

        var start = new PortalInitializationHostedService(initialization).StartAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(start.IsCompleted);

        _work.SetResult();
        await start.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_failed_start_up_fails_the_host_start()
    {
        var initialization = new PortalInitialization(() => Task.FromException(new InvalidOperationException("Databasen svarer ikke")));
        initialization.Start();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => new PortalInitializationHostedService(initialization).StartAsync(CancellationToken.None));
        Assert.Equal("Databasen svarer ikke", failure.Message);
    }

    [Fact]
    public async Task The_work_runs_once_however_often_it_is_started_or_awaited()
    {
        var runs = 0;
        var initialization = new PortalInitialization(() =>
        {
            Interlocked.Increment(ref runs);
            return Task.CompletedTask;
        });

        initialization.Start();
        initialization.Start();
        await initialization.Completion;
        await initialization.Completion;

        Assert.Equal(1, runs);
    }

    private static DefaultHttpContext Request(string path) => new() { Request = { Path = path } };
}
