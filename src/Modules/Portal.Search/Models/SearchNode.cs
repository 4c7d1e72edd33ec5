namespace Portal.Search.Models;

/// <summary>How far one node's index is, for the operators' page (each node writes its own row).</summary>
public sealed class SearchNode
{
    /// <summary>Kept in the index folder, so it names the index, whichever machine holds it.</summary>
    public required string Id { get; set; }

    public required string MachineName { get; set; }

    public long AppliedTaskId { get; set; }

    public int Documents { get; set; }

    /// <summary>While a rebuild runs: the published versions read so far, and of how many.</summary>
    public int? RebuildDone { get; set; }

    public int? RebuildTotal { get; set; }

    public DateTime? LastRebuildUtc { get; set; }

    public string? LastError { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
