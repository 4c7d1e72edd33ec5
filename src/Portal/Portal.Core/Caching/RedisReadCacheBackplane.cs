using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Portal.Core.Caching;

/// <summary>
/// Carries <see cref="ReadCacheSignal"/> between nodes over Redis publish/subscribe: a write on one
/// node evicts the cached reader pages and reader keys on every node within moments. Each node keeps
/// its own cache in memory, so a page served from the cache costs no trip to Redis.
/// </summary>
internal sealed partial class RedisReadCacheBackplane(IConnectionMultiplexer redis, ReadCacheSignal signal, ILogger<RedisReadCacheBackplane> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("medportal:read-cache:changed");
    private readonly string _node = Guid.NewGuid().ToString("n");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        signal.ChangedHere += PublishAsync;
        try
        {
            await redis.GetSubscriber().SubscribeAsync(Channel, (channel, message) =>
            {
                if (message != _node)
                {
                    _ = signal.ApplyAsync();
                }
            });
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Start anyway: pages cached here follow other nodes' writes within a minute.
            LogSubscribeFailed(logger, exception);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        signal.ChangedHere -= PublishAsync;
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    private async Task PublishAsync()
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, _node);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The write is committed; the other nodes follow when their entries run out (at most a minute).
            LogPublishFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hear of the other nodes' changes through Redis; pages cached here follow them within a minute.")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other nodes that content changed; their cached pages expire within a minute.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);
}
