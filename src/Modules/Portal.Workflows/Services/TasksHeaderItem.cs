using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;

namespace Portal.Workflows.Services;

/// <summary>
/// "Mine opgaver" in the header with the number of open tasks. Filled in on every page, also those
/// shared from the cache, so the count is kept per user until the next write on any node.
/// </summary>
internal sealed class TasksHeaderItem(IMemoryCache cache, ReadCacheSignal signal) : IPersonalHeaderItem
{
    public string Name => "tasks";

    public async Task<string> HtmlAsync(HttpContext context)
    {
        if (context.User.Identity?.Name is not { } userName)
        {
            return "";
        }

        var generation = signal.Generation;
        var key = $"workflows:task-count:{userName}";
        if (!cache.TryGetValue(key, out (long Generation, int Count) cached) || cached.Generation != generation)
        {
            var count = await context.RequestServices.GetRequiredService<TaskInbox>().CountAsync(context.User);
            cached = (generation, count);
            cache.Set(key, cached, TimeSpan.FromMinutes(2));
        }

        var label = cached.Count switch
        {
            0 => "ingen åbne",
            1 => "1 åben",
            var n => $"{n} åbne",
        };
        var badge = cached.Count > 0 ? $" <span class=\"badge badge-warning\" aria-hidden=\"true\">{cached.Count}</span>" : "";
        return $"<p class=\"user-tasks\"><a href=\"/tasks\">Mine opgaver{badge}<span class=\"sr-only\"> ({label})</span></a></p>";
    }
}
