using Portal.Core.Content;

namespace Portal.Workflows.Models;

/// <summary>An item the editor marked as needing Hovedudvalget's approval before it is published.</summary>
public sealed class ApprovalPart : ContentPart
{
    public bool RequiresHovedudvalgApproval { get; set; }
}
