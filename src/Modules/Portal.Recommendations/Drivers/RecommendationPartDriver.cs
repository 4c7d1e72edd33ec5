using Portal.Core.Content.Display;
using Portal.Core.Html;
using Portal.Med.Services;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Drivers;

/// <summary>
/// Every section of a recommendation. Budget amounts are typed as the reports write them
/// ("200.000 kr.", "3,6 mio. kr."); one that cannot be read is refused with the line it is on, and
/// nothing is saved.
/// </summary>
internal sealed class RecommendationPartDriver(IHtmlSanitizerService sanitizer, EditorChoices choices) : ContentPartDisplayDriver<RecommendationPart>
{
    private const string Prefix = nameof(RecommendationPart);

    /// <summary>Empty rows for new budget lines below those there are.</summary>
    private const int EmptyBudgetRows = 2;

    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    protected override async Task<DisplayResult?> EditAsync(RecommendationPart part, BuildContext context) =>
        Editor(FormOf(part), await ChoicesAsync(part));

    protected override async Task<DisplayResult?> UpdateEditorAsync(RecommendationPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new RecommendationPartEditModel();
        await updater.TryUpdateModelAsync(form, Prefix);
        var lines = BudgetLinesOf(form.BudgetLines, updater);
        var offered = await ChoicesAsync(part);

        part.ReportId = EditorChoices.Chosen([form.ReportId ?? ""], offered.Reports).FirstOrDefault() ?? "";
        part.Number = form.Number ?? 0;
        part.ThemeId = EditorChoices.Chosen([form.ThemeId ?? ""], offered.Themes).FirstOrDefault() ?? "";
        part.Status = Enum.IsDefined(form.Status) ? form.Status : RecommendationStatus.Proposed;
        part.CommitteeId = EditorChoices.Chosen([form.CommitteeId ?? ""], offered.Committees).FirstOrDefault() ?? "";
        part.Professions = [.. MedText.Lines(form.Professions)];
        part.Introduction = sanitizer.Sanitize(form.Introduction);
        part.Purpose = sanitizer.Sanitize(form.Purpose);
        part.Goal = sanitizer.Sanitize(form.Goal);
        part.Actions = [.. MedText.Lines(form.Actions)];
        part.FollowUpWhen = form.FollowUpWhen?.Trim() ?? "";
        part.FollowUpMeasures = [.. MedText.Lines(form.FollowUpMeasures)];
        part.Baseline = [.. MedText.Lines(form.Baseline)];
        part.Resources = form.Resources?.Trim() ?? "";
        part.BudgetLines = lines ?? part.BudgetLines;
        part.NextStep = form.NextStep?.Trim() ?? "";
        part.RelatedItemIds = EditorChoices.Chosen(form.RelatedItemIds, offered.AgendaItems);
        return Editor(form, offered);
    }

    /// <summary>The lines typed, or null when one of them cannot be read (the errors say which).</summary>
    public static List<BudgetLine>? BudgetLinesOf(IReadOnlyList<BudgetLineEditModel> typed, IUpdateModel updater)
    {
        var lines = new List<BudgetLine>();
        var valid = true;
        for (var index = 0; index < typed.Count; index++)
        {
            var row = typed[index];
            if (row.IsEmpty)
            {
                continue;
            }

            var field = $"Budgetlinje {index + 1}";
            var key = $"{Prefix}.{nameof(RecommendationPartEditModel.BudgetLines)}[{index}]";
            if (!DanishAmount.TryParse(row.Amount, out var kroner) || kroner <= 0)
            {
                updater.ModelState.AddModelError($"{key}.{nameof(row.Amount)}", DanishAmount.Invalid($"{field}, beløb"));
                valid = false;
            }

            var from = row.FromYear;
            var to = row.ToYear ?? row.FromYear;
            if (from is not (>= FirstYear and <= LastYear) || to is not (>= FirstYear and <= LastYear) || to < from)
            {
                updater.ModelState.AddModelError($"{key}.{nameof(row.FromYear)}", $"{field}, periode: skriv årene som fx 2024 til 2025 (mellem {FirstYear} og {LastYear}, det sidste ikke før det første).");
                valid = false;
            }

            if (valid)
            {
                lines.Add(new BudgetLine(kroner, from!.Value, to!.Value, row.FundingSource?.Trim() ?? "", row.Purpose?.Trim() ?? ""));
            }
        }

        return valid ? lines : null;
    }

    private static RecommendationPartEditModel FormOf(RecommendationPart part) => new()
    {
        ReportId = part.ReportId,
        Number = part.Number == 0 ? null : part.Number,
        ThemeId = part.ThemeId,
        Status = part.Status,
        CommitteeId = part.CommitteeId,
        Professions = string.Join('\n', part.Professions),
        Introduction = part.Introduction,
        Purpose = part.Purpose,
        Goal = part.Goal,
        Actions = string.Join('\n', part.Actions),
        FollowUpWhen = part.FollowUpWhen,
        FollowUpMeasures = string.Join('\n', part.FollowUpMeasures),
        Baseline = string.Join('\n', part.Baseline),
        Resources = part.Resources,
        BudgetLines =
        [
            .. part.BudgetLines.Select(l => new BudgetLineEditModel
            {
                Amount = DanishAmount.Format(l.Kroner),
                FromYear = l.FromYear,
                ToYear = l.ToYear,
                FundingSource = l.FundingSource,
                Purpose = l.Purpose,
            }),
        ],
        NextStep = part.NextStep,
        RelatedItemIds = part.RelatedItemIds,
    };

    /// <summary>What the editor offers, with what the part has saved kept even when it is no longer offered.</summary>
    private async Task<RecommendationPartEditorViewModel> ChoicesAsync(RecommendationPart part) => new(
        new RecommendationPartEditModel(),
        EditorChoices.WithSaved(await choices.OfTypeAsync(RecommendationTypes.Report), [part.ReportId], "Rapport, der ikke er udgivet"),
        EditorChoices.WithSaved(await choices.OfTypeAsync(RecommendationTypes.Theme), [part.ThemeId], "Tema, der ikke er udgivet"),
        EditorChoices.WithSaved(await choices.CommitteesAsync(), [part.CommitteeId], "Udvalg, der ikke findes længere"),
        EditorChoices.WithSaved(await choices.AgendaItemsAsync(), part.RelatedItemIds, "Punkt, der ikke kan vises her"));

    private DisplayResult Editor(RecommendationPartEditModel form, RecommendationPartEditorViewModel offered)
    {
        while (form.BudgetLines.Count(l => l.IsEmpty) < EmptyBudgetRows)
        {
            form.BudgetLines.Add(new BudgetLineEditModel());
        }

        return View("Parts/RecommendationPart.Edit", offered with { Form = form }, position: 10);
    }

}
