using Microsoft.AspNetCore.Http;
using Portal.Communication.Models;
using Portal.Core.Content;
using Portal.Core.Content.Handlers;
using Portal.Core.Content.Visibility;
using Portal.Core.Notify;

namespace Portal.Communication.Handlers;

/// <summary>Tells those following a story's area when the story first comes out (a correction tells nobody).</summary>
internal sealed class StoryNotifications(IContentVisibility visibility, INotificationQueue notifications, IHttpContextAccessor http) : IContentHandler
{
    public static readonly NotificationType StoryPublished = new(
        "communication.story",
        "Ny historie i et område, du følger",
        "Ny historie fra {{ values.area }}: {{ content.title }}",
        """
        {{ content.title }}
        {{ values.lead }}

        Læs historien her: {{ url }}
        """,
        new Dictionary<string, string> { ["area"] = "Sundhed og Omsorg", ["lead"] = "Social- og sundhedsassistent Mette fortæller om sin første uge." })
    {
        SampleTitle = "En dag med Mette på plejecentret",
    };

    public async Task PublishingAsync(ContentContext context)
    {
        var version = context.ContentItem;
        if (version.ContentType != CommunicationTypes.Story || context.PublishedBefore is not null || version.As<StoryPart>() is not { AreaId.Length: > 0 } story)
        {
            return;
        }

        var area = await visibility.GetManyAsync(PrincipalKeys.EveryoneOnly, [story.AreaId]);
        notifications.Queue(new NotificationRequest(StoryPublished.Name, [NotificationAudience.FollowersOf(story.AreaId)], version.ContentItemId)
        {
            Url = $"/stories/{version.ContentItemId}",
            Actor = http.HttpContext?.User.Identity?.Name,
            Values = new Dictionary<string, string>
            {
                ["area"] = area.GetValueOrDefault(story.AreaId)?.Item.DisplayText ?? "",
                ["lead"] = story.Lead,
            },
        });
    }
}
