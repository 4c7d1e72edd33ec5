using Portal.Communication.Models;
using Portal.Communication.Services;
using Portal.Communication.ViewModels;
using Portal.Core.Content.Display;
using Portal.Core.Html;

namespace Portal.Communication.Drivers;

/// <summary>
/// A communication strategy's goals, target groups, channels (one row each, with priority and owner),
/// central and decentral responsibilities, and the recommendations it answers. A row without a channel,
/// or a channel named twice, is refused with the row it is on, and nothing is saved.
/// </summary>
internal sealed class CommunicationStrategyPartDriver(IHtmlSanitizerService sanitizer, StrategyQueries queries)
    : ContentPartDisplayDriver<CommunicationStrategyPart>
{
    private const string Prefix = nameof(CommunicationStrategyPart);

    /// <summary>Empty rows for new channels below those there are.</summary>
    private const int EmptyChannelRows = 2;

    protected override async Task<DisplayResult?> EditAsync(CommunicationStrategyPart part, BuildContext context) =>
        Editor(FormOf(part), await ChoicesAsync(part));

    protected override async Task<DisplayResult?> UpdateEditorAsync(CommunicationStrategyPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new CommunicationStrategyPartEditModel();
        await updater.TryUpdateModelAsync(form, Prefix);
        var offered = await ChoicesAsync(part);

        part.Introduction = sanitizer.Sanitize(form.Introduction);
        part.Goals = Lines(form.Goals);
        part.TargetGroups = Lines(form.TargetGroups);
        part.Channels = ChannelsOf(form.Channels, updater) ?? part.Channels;
        part.CentralResponsibilities = Lines(form.CentralResponsibilities);
        part.DecentralResponsibilities = Lines(form.DecentralResponsibilities);
        var ids = offered.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        part.RecommendationIds = [.. form.RecommendationIds.Where(ids.Contains).Distinct()];
        return Editor(form, offered);
    }

    /// <summary>The rows typed, or null when one of them cannot be saved (the errors say which).</summary>
    private static List<StrategyChannel>? ChannelsOf(List<StrategyChannelEditModel> typed, IUpdateModel updater)
    {
        var channels = new List<StrategyChannel>();
        var valid = true;
        for (var index = 0; index < typed.Count; index++)
        {
            var row = typed[index];
            if (row.IsEmpty)
            {
                continue;
            }

            var key = $"{Prefix}.{nameof(CommunicationStrategyPartEditModel.Channels)}[{index}].{nameof(StrategyChannelEditModel.Channel)}";
            var name = row.Channel?.Trim();
            if (StoryChannels.All.Where(c => c.ToString() == name).Select(c => (StoryChannel?)c).FirstOrDefault() is not { } channel)
            {
                updater.ModelState.AddModelError(key, $"Kanal {index + 1}: vælg kanalen.");
                valid = false;
                continue;
            }

            if (channels.Any(c => c.Channel == channel))
            {
                updater.ModelState.AddModelError(key, $"Kanal {index + 1}: {StoryChannels.Label(channel)} står allerede i en række ovenfor.");
                valid = false;
                continue;
            }

            channels.Add(new StrategyChannel
            {
                Channel = channel,
                Priority = Enum.GetValues<ChannelPriority>().Where(p => p.ToString() == row.Priority).Select(p => (ChannelPriority?)p).FirstOrDefault() ?? ChannelPriority.Medium,
                Owner = row.Owner?.Trim() ?? "",
                Note = row.Note?.Trim() ?? "",
            });
        }

        return valid ? channels : null;
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static CommunicationStrategyPartEditModel FormOf(CommunicationStrategyPart part) => new()
    {
        Introduction = part.Introduction,
        Goals = string.Join('\n', part.Goals),
        TargetGroups = string.Join('\n', part.TargetGroups),
        Channels =
        [
            .. part.Channels.Select(c => new StrategyChannelEditModel
            {
                Channel = c.Channel.ToString(),
                Priority = c.Priority.ToString(),
                Owner = c.Owner,
                Note = c.Note,
            }),
        ],
        CentralResponsibilities = string.Join('\n', part.CentralResponsibilities),
        DecentralResponsibilities = string.Join('\n', part.DecentralResponsibilities),
        RecommendationIds = part.RecommendationIds,
    };

    /// <summary>The recommendations to choose from, with those the part has saved kept though they are no longer offered.</summary>
    private async Task<IReadOnlyList<Choice>> ChoicesAsync(CommunicationStrategyPart part)
    {
        var choices = (await queries.RecommendationsAsync()).Select(r => new Choice(r.Id, r.Text)).ToList();
        choices.AddRange(part.RecommendationIds.Where(id => choices.All(c => c.Value != id)).Distinct().Select(id => new Choice(id, "Anbefaling, der ikke er udgivet")));
        return choices;
    }

    private DisplayResult Editor(CommunicationStrategyPartEditModel form, IReadOnlyList<Choice> recommendations)
    {
        while (form.Channels.Count(c => c.IsEmpty) < EmptyChannelRows)
        {
            form.Channels.Add(new StrategyChannelEditModel());
        }

        return View("Parts/CommunicationStrategyPart.Edit", new CommunicationStrategyPartEditorViewModel(form, recommendations), position: 10);
    }
}
