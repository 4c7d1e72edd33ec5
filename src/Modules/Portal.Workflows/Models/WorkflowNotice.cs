namespace Portal.Workflows.Models;

/// <summary>A message a workflow left for someone ("Din anbefaling er godkendt"), shown in their inbox.</summary>
public sealed class WorkflowNotice
{
    public long Id { get; set; }

    public string UserName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? Url { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }
}
