namespace Portal.Search.Services;

/// <summary>
/// Progress reported on the reporting thread, at once and in order (<see cref="Progress{T}"/> posts
/// to a thread-pool thread, so a progress bar could draw 90 % after 100 %).
/// </summary>
internal sealed class ReportTo<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
