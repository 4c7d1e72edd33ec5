using Portal.Communication.Models;
using Portal.Core.Content;
using Portal.Core.Content.Handlers;
using Portal.Media.Services;

namespace Portal.Communication.Handlers;

/// <summary>
/// A story is published only with its main image and the image's alternative text; the image then
/// belongs to the story, so it is seen exactly where the story is.
/// </summary>
internal sealed class StoryPublishing(AttachmentOwners attachments) : IContentHandler
{
    public const string NoImage = "En historie skal have et hovedbillede med en alternativ tekst, før den kan udgives. Intet er udgivet.";

    public Task PublishingAsync(ContentContext context)
    {
        if (context.ContentItem.ContentType == CommunicationTypes.Story
            && context.ContentItem.As<StoryPart>() is { } story
            && (string.IsNullOrWhiteSpace(story.ImageId) || string.IsNullOrWhiteSpace(story.ImageAlt)))
        {
            context.Cancel(NoImage);
        }

        return Task.CompletedTask;
    }

    public Task CreatedAsync(ContentContext context) => AttachImageAsync(context.ContentItem);

    public Task UpdatedAsync(ContentContext context) => AttachImageAsync(context.ContentItem);

    private async Task AttachImageAsync(ContentItem item)
    {
        if (item.ContentType == CommunicationTypes.Story && item.As<StoryPart>().ImageId is { Length: > 0 } image)
        {
            await attachments.AttachAsync(image, item.ContentItemId);
        }
    }
}
