using Microsoft.AspNetCore.Http;
using Portal.Core.Content.Display;
using Portal.Core.Content.Visibility;
using Portal.Recommendations.Indexes;
using Portal.Recommendations.Models;
using Portal.Recommendations.Services;

namespace Portal.Recommendations.Drivers;

/// <summary>On an agenda item's own page: the recommendations and strategies that name it, those the reader may see.</summary>
internal sealed class RelatedRecommendationsPartDriver(IHttpContextAccessor http, IContentVisibility visibility, RecommendationQueries queries)
    : ContentPartDisplayDriver<RelatedRecommendationsPart>
{
    protected override async Task<DisplayResult?> DisplayAsync(RelatedRecommendationsPart part, BuildContext context)
    {
        // On the meeting page the item is one of many; reading more per item would cost a query each.
        if (context.DisplayType != "Detail" || http.HttpContext?.User is not { } user)
        {
            return null;
        }

        var related = await queries.RelatedToItemAsync(await visibility.KeysOfAsync(user), context.ContentItem.ContentItemId);
        return related.Count == 0 ? null : View("Parts/RelatedRecommendationsPart", (IReadOnlyList<RelatedItemIndex>)related, position: 50);
    }
}
