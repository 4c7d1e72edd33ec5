using Portal.Core.Content.Display;
using Portal.Core.Html;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Drivers;

/// <summary>A theme's introduction.</summary>
internal sealed class ThemePartDriver(IHtmlSanitizerService sanitizer) : ContentPartDisplayDriver<ThemePart>
{
    protected override DisplayResult? Edit(ThemePart part, BuildContext context) =>
        View("Parts/ThemePart.Edit", new ThemePartEditModel { Introduction = part.Introduction }, position: 10);

    protected override async Task UpdateAsync(ThemePart part, BuildContext context, IUpdateModel updater)
    {
        var form = new ThemePartEditModel();
        await updater.TryUpdateModelAsync(form, PartName);
        part.Introduction = sanitizer.Sanitize(form.Introduction);
    }
}

/// <summary>A report's committee, date and introduction.</summary>
internal sealed class ReportPartDriver(IHtmlSanitizerService sanitizer, EditorChoices choices) : ContentPartDisplayDriver<RecommendationReportPart>
{
    protected override async Task<DisplayResult?> EditAsync(RecommendationReportPart part, BuildContext context) =>
        View("Parts/RecommendationReportPart.Edit", new ReportPartEditorViewModel(
            new ReportPartEditModel { CommitteeId = part.CommitteeId, Date = part.Date, Introduction = part.Introduction },
            EditorChoices.WithSaved(await choices.CommitteesAsync(), [part.CommitteeId], "Udvalg, der ikke findes længere")), position: 10);

    protected override async Task UpdateAsync(RecommendationReportPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new ReportPartEditModel();
        await updater.TryUpdateModelAsync(form, PartName);
        var committees = EditorChoices.WithSaved(await choices.CommitteesAsync(), [part.CommitteeId], "Udvalg, der ikke findes længere");
        part.CommitteeId = EditorChoices.Chosen([form.CommitteeId ?? ""], committees).FirstOrDefault() ?? "";
        part.Date = form.Date;
        part.Introduction = sanitizer.Sanitize(form.Introduction);
    }
}
