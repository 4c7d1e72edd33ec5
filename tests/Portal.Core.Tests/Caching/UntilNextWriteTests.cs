using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;

namespace Portal.Core.Tests.Caching;

public sealed class UntilNextWriteTests
{
    private readonly ReadCacheSignal _signal = new(new NoStore());

    [Fact]
    public async Task A_value_is_read_once_until_a_write_commits()
    {
        var cached = new UntilNextWrite<string>(_signal);
        var reads = 0;
        Task<string> Load() => Task.FromResult($"read {++reads}");

        Assert.Equal("read 1", await cached.GetAsync(Load));
        Assert.Equal("read 1", await cached.GetAsync(Load));

        await _signal.ApplyAsync();

        Assert.Equal("read 2", await cached.GetAsync(Load));
        Assert.Equal("read 2", await cached.GetAsync(Load));
    }

    [Fact]
    public async Task A_value_read_while_a_write_committed_is_read_again_next_time()
    {
        var cached = new UntilNextWrite<string>(_signal);

        var during = await cached.GetAsync(async () =>
        {
            await _signal.ApplyAsync();
            return "before the write";
        });
        var next = await cached.GetAsync(() => Task.FromResult("after the write"));

        Assert.Equal("before the write", during);
        Assert.Equal("after the write", next);
    }

    [Fact]
    public async Task Reset_drops_the_value_before_any_write_commits()
    {
        var cached = new UntilNextWrite<string>(_signal);
        await cached.GetAsync(() => Task.FromResult("old"));

        cached.Reset();

        Assert.Equal("new", await cached.GetAsync(() => Task.FromResult("new")));
    }

    [Fact]
    public async Task A_value_not_worth_keeping_is_read_every_time()
    {
        var cached = new UntilNextWrite<string>(_signal);
        var reads = 0;

        await cached.GetAsync(() => Task.FromResult($"read {++reads}"), keep: _ => false);
        var second = await cached.GetAsync(() => Task.FromResult($"read {++reads}"), keep: _ => false);

        Assert.Equal("read 2", second);
    }

    private sealed class NoStore : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
