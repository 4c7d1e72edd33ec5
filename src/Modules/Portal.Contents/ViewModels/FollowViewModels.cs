using Portal.Contents.Following;
using Portal.Core.Content;

namespace Portal.Contents.ViewModels;

/// <summary>What the reader follows of one followable type, on "Det følger du".</summary>
public sealed record FollowedGroup(FollowableType Type, IReadOnlyList<ContentItem> Items);

/// <summary>The one button that follows or unfollows an item; posts with the header's form, so it can sit on a shared reader page.</summary>
public sealed record FollowButton(string ContentItemId, string Name, bool IsFollowing);
