namespace Portal.Workflows.ViewModels;

public sealed class ApprovalPartEditModel
{
    public bool RequiresHovedudvalgApproval { get; set; }
}
