using Portal.Search.Services;

namespace Portal.Web.Tests.Search;

/// <summary>
/// The index's cursor only passes a task id that is missing (a save still committing) once it has
/// stayed missing for a while; tasks after it are applied at once and not applied twice.
/// </summary>
public sealed class TaskCursorTests
{
    private long _now = 1_000;

    private TaskCursor NewCursor(long position = 0)
    {
        var cursor = new TaskCursor(() => _now);
        cursor.Reset(position);
        return cursor;
    }

    [Fact]
    public void Contiguous_tasks_move_the_cursor_to_the_last()
    {
        var cursor = NewCursor(10);

        cursor.Applied([11, 12, 13]);

        Assert.Equal(13, cursor.Position);
    }

    [Fact]
    public void A_missing_id_holds_the_cursor_until_it_appears()
    {
        var cursor = NewCursor(10);

        cursor.Applied([11, 13, 14]);
        Assert.Equal(11, cursor.Position);
        Assert.True(cursor.IsApplied(13));
        Assert.False(cursor.IsApplied(12));

        // The save that took 12 commits: the cursor moves over all of them.
        cursor.Applied([12]);
        Assert.Equal(14, cursor.Position);
    }

    [Fact]
    public void A_missing_id_is_passed_once_it_has_stayed_missing_long_enough()
    {
        var cursor = NewCursor(10);
        cursor.Applied([12]);
        Assert.Equal(10, cursor.Position);

        _now += (long)TaskCursor.GapWait.TotalMilliseconds - 1;
        cursor.Applied([]);
        Assert.Equal(10, cursor.Position);

        _now += 2;
        cursor.Applied([]);
        Assert.Equal(12, cursor.Position);
    }

    [Fact]
    public void Without_waiting_missing_ids_are_passed_at_once()
    {
        var cursor = NewCursor(10);

        cursor.Applied([12, 15], waitForGaps: false);

        Assert.Equal(15, cursor.Position);
    }
}
