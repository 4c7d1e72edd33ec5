using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Content.Display;
using Portal.Core.Html;
using Portal.Med.Services;
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
    protected override async Task<DisplayResult?> EditAsync(StrategyPart part, BuildContext context)
    {
        var (committees, items) = await ChoicesAsync(part);
        var form = new StrategyPartEditModel
        {
            CommitteeId = part.CommitteeId,
            ApprovedOn = part.ApprovedOn,
            Description = part.Description,
            FocusAreas = string.Join('\n', part.FocusAreas.Select(f => f.Name)),
            RelatedItemIds = part.RelatedItemIds,
        };
        return View("Parts/StrategyPart.Edit", new StrategyPartEditorViewModel(form, committees, items), position: 10);
    }

    protected override async Task<DisplayResult?> UpdateEditorAsync(StrategyPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new StrategyPartEditModel();
        await updater.TryUpdateModelAsync(form, PartName);
        var (committees, items) = await ChoicesAsync(part);
        part.CommitteeId = EditorChoices.Chosen([form.CommitteeId ?? ""], committees).FirstOrDefault() ?? "";
        part.ApprovedOn = form.ApprovedOn;
        part.Description = sanitizer.Sanitize(form.Description);
        part.FocusAreas = FocusAreasOf(MedText.Lines(form.FocusAreas), part.FocusAreas);
        part.RelatedItemIds = EditorChoices.Chosen(form.RelatedItemIds, items);
        return View("Parts/StrategyPart.Edit", new StrategyPartEditorViewModel(form, committees, items), position: 10);
    }

    /// <summary>The areas named, each with the id it had (by name) or a new one made from its name.</summary>
    public static List<FocusArea> FocusAreasOf(IEnumerable<string> names, IReadOnlyList<FocusArea> before)
    {
        var kept = before.GroupBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.CurrentCultureIgnoreCase);
        var areas = new List<FocusArea>();
        foreach (var name in names.Distinct(StringComparer.CurrentCultureIgnoreCase))
        {
            var id = kept.GetValueOrDefault(name) ?? (Slug.From(name) is { Length: > 0 } slug ? slug : "omraade");
            var unique = id;
            for (var n = 2; areas.Any(a => a.Id == unique) || (!kept.ContainsKey(name) && before.Any(b => b.Id == unique)); n++)
            {
                unique = $"{id}-{n}";
            }

            areas.Add(new FocusArea(unique, name));
        }

        return areas;
    }

    /// <summary>The committees and agenda items offered, with what the part has saved kept even when it is no longer offered.</summary>
    private async Task<(IReadOnlyList<Choice> Committees, IReadOnlyList<Choice> Items)> ChoicesAsync(StrategyPart part) =>
        (EditorChoices.WithSaved(await choices.CommitteesAsync(), [part.CommitteeId], "Udvalg, der ikke findes længere"),
         EditorChoices.WithSaved(await choices.AgendaItemsAsync(), part.RelatedItemIds, "Punkt, der ikke kan vises her"));
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
        }, EditorChoices.WithSaved(await choices.RecommendationsAsync(), [part.RecommendationId], "Anbefaling, der ikke er udgivet"));

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
        var recommendations = EditorChoices.WithSaved(await choices.RecommendationsAsync(), [part.RecommendationId], "Anbefaling, der ikke er udgivet");
        part.RecommendationId = EditorChoices.Chosen([form.RecommendationId ?? ""], recommendations).FirstOrDefault();
        part.Description = form.Description?.Trim() ?? "";
        return await EditorAsync(form, recommendations);
    }

    private async Task<DisplayResult> EditorAsync(InitiativePartEditModel form, IReadOnlyList<Choice> recommendations)
    {
        var strategies = await choices.StrategiesAsync();
        return View("Parts/InitiativePart.Edit", new InitiativePartEditorViewModel(
            form,
            [.. strategies.Select(s => new Choice(s.ContentItemId, s.DisplayText))],
            [.. strategies.Select(s => (s.DisplayText, (IReadOnlyList<Choice>)[.. s.As<StrategyPart>().FocusAreas.Select(f => new Choice($"{s.ContentItemId}/{f.Id}", f.Name))]))],
            recommendations), position: 10);
    }
}
