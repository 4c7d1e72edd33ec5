using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;

namespace Portal.Workflows.Services;

/// <summary>"Mine opgaver" in the header with the number of open tasks.</summary>
internal sealed class TasksHeaderItem(IMemoryCache cache, ReadCacheSignal signal) : CountedHeaderItem(cache, signal)
{
    public override string Name => "tasks";

    protected override string CssClass => "user-tasks";

    protected override string Href => "/tasks";

    protected override string LabelHtml => "Mine opgaver";

    protected override string Spoken(int count) => count switch
    {
        0 => "ingen åbne",
        1 => "1 åben",
        var n => $"{n} åbne",
    };

    protected override Task<int> CountAsync(HttpContext context) =>
        context.RequestServices.GetRequiredService<TaskInbox>().CountAsync(context.User);
}
