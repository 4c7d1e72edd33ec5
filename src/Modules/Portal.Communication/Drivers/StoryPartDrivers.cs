using Microsoft.AspNetCore.Http;
using Portal.Communication.Models;
using Portal.Communication.Services;
using Portal.Communication.ViewModels;
using Portal.Core.Content.Display;
using Portal.Core.Html;
using Portal.Media.Services;

namespace Portal.Communication.Drivers;

/// <summary>
/// A story's lead, body, main image with its alternative text, area, profession, tags, channels,
/// featured flag and author. The image is chosen among the images the editor may use.
/// </summary>
internal sealed class StoryPartDriver(IHtmlSanitizerService sanitizer, IMediaService media, StoryQueries queries, IHttpContextAccessor http)
    : ContentPartDisplayDriver<StoryPart>
{
    private const string Prefix = nameof(StoryPart);

    /// <summary>How many of the newest images the editor offers.</summary>
    private const int ImageChoices = 100;

    protected override async Task<DisplayResult?> EditAsync(StoryPart part, BuildContext context) =>
        View("Parts/StoryPart.Edit", await EditorAsync(part, new StoryPartEditModel
        {
            Lead = part.Lead,
            Body = part.Body,
            ImageId = part.ImageId,
            ImageAlt = part.ImageAlt,
            AreaId = part.AreaId,
            Profession = part.Profession,
            Tags = string.Join(", ", part.Tags),
            Channels = part.Channels,
            Featured = part.Featured,
            Author = part.Author,
            ShareTexts = part.ShareTexts.ToDictionary(t => t.Key.ToString(), t => (string?)t.Value),
        }), position: 10);

    protected override async Task<DisplayResult?> UpdateEditorAsync(StoryPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new StoryPartEditModel();
        await updater.TryUpdateModelAsync(form, Prefix);
        var editor = await EditorAsync(part, form);
        if (!string.IsNullOrEmpty(form.ImageId) && editor.Images.All(i => i.Value != form.ImageId))
        {
            updater.ModelState.AddModelError($"{Prefix}.{nameof(form.ImageId)}", "Vælg et billede fra listen.");
        }

        part.Lead = form.Lead?.Trim() ?? "";
        part.Body = sanitizer.Sanitize(form.Body);
        part.ImageId = editor.Images.Any(i => i.Value == form.ImageId) ? form.ImageId! : "";
        part.ImageAlt = form.ImageAlt?.Trim() ?? "";
        part.AreaId = editor.Areas.Any(a => a.Value == form.AreaId) ? form.AreaId! : "";
        part.Profession = form.Profession?.Trim() ?? "";
        part.Tags = [.. (form.Tags ?? "").Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).DistinctBy(t => t.ToLowerInvariant())];
        part.Channels = [.. form.Channels.Where(Enum.IsDefined).Distinct()];
        part.Featured = form.Featured;
        part.Author = form.Author?.Trim() ?? "";
        part.ShareTexts = ShareTextsOf(form.ShareTexts, updater);
        return View("Parts/StoryPart.Edit", editor, position: 10);
    }

    /// <summary>
    /// The share texts typed, by channel, empty ones left out. A text longer than its channel takes is
    /// refused with the channel, the limit and the length, so nothing is saved.
    /// </summary>
    private static Dictionary<StoryChannel, string> ShareTextsOf(Dictionary<string, string?> typed, IUpdateModel updater)
    {
        var texts = new Dictionary<StoryChannel, string>();
        foreach (var channel in StoryChannels.All)
        {
            var text = StoryChannels.Normalize(typed.GetValueOrDefault(channel.ToString()));
            if (text.Length == 0)
            {
                continue;
            }

            var limit = StoryChannels.ShareLimit(channel);
            if (text.Length > limit)
            {
                updater.ModelState.AddModelError(
                    ShareTextKey(channel),
                    $"Delingsteksten til {StoryChannels.InSentence(channel)} må højst være {limit} tegn. Den er {text.Length} tegn.");
            }

            texts[channel] = text;
        }

        return texts;
    }

    public static string ShareTextKey(StoryChannel channel) => $"{Prefix}.{nameof(StoryPartEditModel.ShareTexts)}[{channel}]";

    /// <summary>The images the editor may use, with the story's own image kept though it is no longer among the newest, and the areas.</summary>
    private async Task<StoryPartEditorViewModel> EditorAsync(StoryPart part, StoryPartEditModel form)
    {
        var images = new List<Choice>();
        if (http.HttpContext?.User is { } user)
        {
            images.AddRange((await media.ListImagesAsync(user, 1, ImageChoices)).Rows.Select(i => new Choice(i.Id, i.FileName)));
        }

        if (part.ImageId.Length > 0 && images.All(i => i.Value != part.ImageId) && await media.FindAsync(part.ImageId) is { } current)
        {
            images.Insert(0, new Choice(current.Id, current.FileName));
        }

        var areas = (await queries.AreasAsync()).Select(a => new Choice(a.ContentItemId, a.DisplayText)).ToList();
        return new StoryPartEditorViewModel(form, images, areas);
    }
}

/// <summary>An area's description.</summary>
internal sealed class StoryAreaPartDriver(IHtmlSanitizerService sanitizer) : ContentPartDisplayDriver<StoryAreaPart>
{
    protected override DisplayResult? Edit(StoryAreaPart part, BuildContext context) =>
        View("Parts/StoryAreaPart.Edit", new StoryAreaPartEditModel { Description = part.Description }, position: 10);

    protected override async Task UpdateAsync(StoryAreaPart part, BuildContext context, IUpdateModel updater)
    {
        var form = new StoryAreaPartEditModel();
        await updater.TryUpdateModelAsync(form, PartName);
        part.Description = sanitizer.Sanitize(form.Description);
    }
}
