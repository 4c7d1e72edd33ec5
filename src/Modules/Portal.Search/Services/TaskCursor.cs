namespace Portal.Search.Services;

/// <summary>
/// Which indexing tasks this node has applied. Task ids come from the database in the order saves
/// began, not the order they committed, so a task can appear later below one already seen: the
/// cursor the index records only passes a missing id once it has stayed missing for
/// <see cref="GapWait"/> (a save that rolled back), while tasks beyond it are applied at once and
/// remembered so they are not applied twice.
/// </summary>
internal sealed class TaskCursor(Func<long> now)
{
    public static readonly TimeSpan GapWait = TimeSpan.FromSeconds(30);

    private readonly Dictionary<long, long> _gapSeen = [];
    private readonly SortedSet<long> _appliedAbove = [];

    /// <summary>Every task up to here is applied (or was never committed).</summary>
    public long Position { get; private set; }

    public void Reset(long position)
    {
        Position = position;
        _gapSeen.Clear();
        _appliedAbove.Clear();
    }

    public bool IsApplied(long taskId) => taskId <= Position || _appliedAbove.Contains(taskId);

    /// <summary>
    /// Records tasks applied (in any order) and moves <see cref="Position"/> over every id that is
    /// applied or has been missing long enough; <paramref name="waitForGaps"/> false passes missing
    /// ids at once (nothing can still be committing: a test, or a rebuild from the command line).
    /// </summary>
    public void Applied(IEnumerable<long> taskIds, bool waitForGaps = true)
    {
        foreach (var id in taskIds.Where(id => id > Position))
        {
            _appliedAbove.Add(id);
        }

        var clock = now();
        while (_appliedAbove.Count > 0)
        {
            var next = _appliedAbove.Min;
            if (next == Position + 1)
            {
                _appliedAbove.Remove(next);
                Position = next;
                continue;
            }

            // Position + 1 .. next - 1 are missing: a save still committing, or one that rolled back.
            var missing = Position + 1;
            if (!waitForGaps)
            {
                Position = next - 1;
                continue;
            }

            if (!_gapSeen.TryGetValue(missing, out var seen))
            {
                _gapSeen[missing] = clock;
                break;
            }

            if (TimeSpan.FromMilliseconds(clock - seen) < GapWait)
            {
                break;
            }

            _gapSeen.Remove(missing);
            Position = next - 1;
        }
    }
}
