using Portal.Core.Content.Display;
using Portal.Workflows.Models;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Drivers;

/// <summary>The editor's tick box "Kræver Hovedudvalgets godkendelse"; nothing on the page readers see.</summary>
internal sealed class ApprovalPartDriver : ContentPartDisplayDriver<ApprovalPart>
{
    private const string Prefix = nameof(ApprovalPart);

    protected override DisplayResult? Edit(ApprovalPart part, BuildContext context) =>
        View("Parts/ApprovalPart.Edit", new ApprovalPartEditModel { RequiresHovedudvalgApproval = part.RequiresHovedudvalgApproval }, position: 95);

    protected override async Task<DisplayResult?> UpdateEditorAsync(ApprovalPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new ApprovalPartEditModel();
        await updater.TryUpdateModelAsync(form, Prefix);
        part.RequiresHovedudvalgApproval = form.RequiresHovedudvalgApproval;
        return View("Parts/ApprovalPart.Edit", form, position: 95);
    }
}
