using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Html;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;
using Portal.Recommendations.ViewModels;

namespace Portal.Recommendations.Drivers;

/// <summary>
/// A strategy's committee, approval, description and focus areas. A focus area keeps its id while
/// its name stays, so initiatives keep theirs when areas are added, reordered or others removed.
/// </summary>
internal sealed class StrategyPartDriver(IHtmlSanitizerService sanitizer, EditorChoices choices) : ContentPartDisplayDriver<StrategyPart>
{
    protected override async Task<DisplayResult?> EditAsync(StrategyPart part, BuildContext context) =>
        await EditorAsync(new StrategyPartEditModel
        {
            CommitteeId = part.CommitteeId,
            ApprovedOn = part.ApprovedOn,
            Description = part.Description,
            FocusAreas = string.Join('\n', part.FocusAreas.Select(f => f.Name)),
            RelatedItemIds = part.RelatedItemIds,
        });

    protected override async Task<DisplayResult?> UpdateEditorAsync(StrategyPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new StrategyPartEditModel();
        await updater.TryUpdateModelAsync(form, PartName);
        part.CommitteeId = EditorChoices.Chosen([form.CommitteeId ?? ""], await choices.CommitteesAsync()).FirstOrDefault() ?? "";
        part.ApprovedOn = form.ApprovedOn;
        part.Description = sanitizer.Sanitize(form.Description);
        part.FocusAreas = FocusAreasOf(RecommendationText.Lines(form.FocusAreas), part.FocusAreas);
        part.RelatedItemIds = EditorChoices.Chosen(form.RelatedItemIds, await choices.AgendaItemsAsync());
        return await EditorAsync(form);
    }

    /// <summary>The areas named, each with the id it had (by name) or a new one made from its name.</summary>
    public static List<FocusArea> FocusAreasOf(IEnumerable<string> names, IReadOnlyList<FocusArea> before)
    {
        var kept = before.GroupBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.CurrentCultureIgnoreCase);
        var areas = new List<FocusArea>();
        foreach (var name in names.Distinct(StringComparer.CurrentCultureIgnoreCase))
        {
            var id = kept.GetValueOrDefault(name) ?? Slug.From(name);
            var unique = id;
            for (var n = 2; areas.Any(a => a.Id == unique) || (!kept.ContainsKey(name) && before.Any(b => b.Id == unique)); n++)
            {
                unique = $"{id}-{n}";
            }

            areas.Add(new FocusArea(unique, name));
        }

        return areas;
    }

    private async Task<DisplayResult> EditorAsync(StrategyPartEditModel form) =>
        View("Parts/StrategyPart.Edit", new StrategyPartEditorViewModel(form, await choices.CommitteesAsync(), await choices.AgendaItemsAsync()), position: 10);
}

/// <summary>An initiative's place in a strategy's action plan: strategy, number, focus area, tovholder and the recommendation it carries out.</summary>
internal sealed class InitiativePartDriver(EditorChoices choices) : ContentPartDisplayDriver<InitiativePart>
{
    protected override async Task<DisplayResult?> EditAsync(InitiativePart part, BuildContext context) =>
        await EditorAsync(new InitiativePartEditModel
        {
            StrategyId = part.StrategyId,
            Number = part.Number == 0 ? null : part.Number,
            FocusArea = $"{part.StrategyId}/{part.FocusAreaId}",
            Coordinator = part.Coordinator,
            RecommendationId = part.RecommendationId,
            Description = part.Description,
        });

    protected override async Task<DisplayResult?> UpdateEditorAsync(InitiativePart part, BuildContext context, IUpdateModel updater)
    {
        var form = new InitiativePartEditModel();
        await updater.TryUpdateModelAsync(form, PartName);
        var strategies = await choices.StrategiesAsync();
        var strategy = strategies.FirstOrDefault(s => s.ContentItemId == form.StrategyId);
        if (strategy is null)
        {
            updater.ModelState.AddModelError($"{PartName}.{nameof(form.StrategyId)}", "Vælg den strategi, initiativet hører til.");
        }

        var area = form.FocusArea?.Split('/', 2) is [var strategyId, var areaId] && strategyId == form.StrategyId ? areaId : "";
        if (strategy is not null && area.Length > 0 && strategy.As<StrategyPart>().FocusAreas.All(f => f.Id != area))
        {
            area = "";
        }

        if (strategy is not null && form.FocusArea is { Length: > 0 } && area.Length == 0)
        {
            updater.ModelState.AddModelError($"{PartName}.{nameof(form.FocusArea)}", "Vælg et indsatsområde fra den valgte strategi.");
        }

        part.StrategyId = strategy?.ContentItemId ?? "";
        part.Number = form.Number ?? 0;
        part.FocusAreaId = area;
        part.Coordinator = form.Coordinator?.Trim() ?? "";
        part.RecommendationId = EditorChoices.Chosen([form.RecommendationId ?? ""], await choices.RecommendationsAsync()).FirstOrDefault();
        part.Description = form.Description?.Trim() ?? "";
        return await EditorAsync(form);
    }

    private async Task<DisplayResult> EditorAsync(InitiativePartEditModel form)
    {
        var strategies = await choices.StrategiesAsync();
        return View("Parts/InitiativePart.Edit", new InitiativePartEditorViewModel(
            form,
            [.. strategies.Select(s => new Choice(s.ContentItemId, s.DisplayText))],
            [.. strategies.Select(s => (s.DisplayText, (IReadOnlyList<Choice>)[.. s.As<StrategyPart>().FocusAreas.Select(f => new Choice($"{s.ContentItemId}/{f.Id}", f.Name))]))],
            await choices.RecommendationsAsync()), position: 10);
    }
}
